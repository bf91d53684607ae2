package io.kiro4j.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlatformTest {

  @Test
  void aProcessWithoutChildrenIsSurelyChildlessAndOneWithAChildIsNot() throws Exception {
    Platform platform = Platform.detected();
    assumeTrue(platform.procfs(), "needs /proc");
    assumeTrue(
        java.nio.file.Files.exists(
            java.nio.file.Path.of(
                "/proc/self/task/" + ProcessHandle.current().pid() + "/children")),
        "needs CONFIG_PROC_CHILDREN");
    Process lonely = new ProcessBuilder("sleep", "30").start();
    Process parent = new ProcessBuilder("bash", "-c", "sleep 30 & wait").start();
    try {
      // Give bash time to fork its child.
      for (int i = 0; i < 100 && parent.toHandle().children().findAny().isEmpty(); i++) {
        Thread.sleep(20);
      }
      assertThat(platform.surelyChildless(lonely.pid())).isTrue();
      assertThat(platform.surelyChildless(parent.pid())).isFalse();
      assertThat(platform.surelyChildless(Long.MAX_VALUE)).isFalse();
    } finally {
      parent.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      lonely.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      parent.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void theProcessTableHoldsThisJvmWithItsParentAndGroup() {
    Platform platform = Platform.detected();
    assumeTrue(platform.procfs(), "needs /proc");
    long self = ProcessHandle.current().pid();
    assertThat(platform.processTable())
        .anySatisfy(
            e -> {
              assertThat(e.pid()).isEqualTo(self);
              assertThat(e.parent())
                  .isEqualTo(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
              assertThat(e.dead()).isFalse();
            });
  }
}
