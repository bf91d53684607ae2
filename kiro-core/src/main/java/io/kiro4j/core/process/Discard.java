package io.kiro4j.core.process;

/**
 * The {@link OutputHandler#discard()} singleton. {@link ChildProcess} recognises it and sends the
 * stream to the null device instead of starting a pump.
 */
enum Discard implements OutputHandler {
  INSTANCE;

  @Override
  public void onBytes(byte[] buffer, int offset, int length) {}
}
