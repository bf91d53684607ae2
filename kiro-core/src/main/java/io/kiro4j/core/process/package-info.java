/**
 * Child processes: the one place kiro4j starts a process (hook commands, MCP stdio servers).
 *
 * <p>Entry point: {@link io.kiro4j.core.process.ChildProcess#start(ProcessSpec, OutputHandler,
 * OutputHandler)} with a {@link io.kiro4j.core.process.ProcessSpec} (argv, working directory,
 * environment). Nothing goes through a shell unless argv starts one.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>stdout and stderr are drained by named daemon threads, so no pipe can fill and block the
 *       child, whatever the {@link io.kiro4j.core.process.OutputHandler} does;
 *   <li>{@link io.kiro4j.core.process.ChildProcess#stop(StopPolicy)} and {@code close()} return
 *       within the {@link io.kiro4j.core.process.StopPolicy}'s bounds: close stdin, wait, SIGTERM
 *       the tree (leaves first), wait, SIGKILL what is left (up to three rounds, each with a fresh
 *       snapshot of the tree), then wait for the output to drain;
 *   <li>children and grandchildren are stopped too, including ones that ignore SIGTERM and, while
 *       their parent lives, ones that left the process group; on Linux the child is started in a
 *       process group of its own and the whole group is signalled at once, which also catches
 *       background jobs the process left behind when it exited. By default the group is in a new
 *       session too ({@code setsid}); {@link
 *       io.kiro4j.core.process.ProcessSpec.Isolation#PROCESS_GROUP} keeps it in this JVM's session
 *       (through GNU {@code timeout 0}) when this JVM has no controlling terminal, so that a chatty
 *       long-lived child shares this JVM's scheduling group;
 *   <li>the process is always reaped, and every wait has a bound;
 *   <li>a program that cannot start is an {@link java.io.IOException} whose message names {@code
 *       argv[0]} and no other argument; environment values are never logged or printed (names may
 *       be).
 * </ul>
 *
 * <h2>Limits</h2>
 *
 * <ul>
 *   <li>A process that daemonizes itself (forks, calls {@code setsid}, and lets its parent exit) is
 *       neither in the tree nor in the group any more: it survives a stop.
 *   <li>Without {@code setsid} (macOS, Windows, minimal Linux images) processes are signalled one
 *       by one; a descendant orphaned before the stop began (its parent already exited) is not
 *       found.
 *   <li>A process stuck in the kernel can survive SIGKILL for a while; the stop then reports {@link
 *       io.kiro4j.core.process.Exit.Ending#SURVIVED} instead of waiting forever.
 *   <li>No shutdown hook is installed: close child processes before the JVM exits.
 * </ul>
 *
 * <p>Parameters are never null; absent values are {@link java.util.Optional}s.
 */
package io.kiro4j.core.process;
