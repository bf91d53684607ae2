import { listBerths } from "./berths";

test("an empty marina has no berths", () => {
  expect(listBerths()).toEqual([]);
});
