export function listBerths(): string[] {
  return [];
}
