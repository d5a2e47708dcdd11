package org.rosetta.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs bcrypt checks on threads of their own, one a core, in arrival order, holding none of the
 * request threads. A sign-in under a name no account has is answered after as long as a real
 * check takes (a moving average of the last ones, queueing included), so its time does not tell
 * that the name is unknown, yet it costs no CPU: a flood of made-up names cannot crowd out the
 * team's own sign-ins.
 */
final class PasswordChecks {
  private final ThreadPoolExecutor executor;
  private final AtomicLong typicalNanos = new AtomicLong();

  PasswordChecks(int threads) {
    executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), runnable -> {
      Thread thread = new Thread(runnable, "password-check");
      thread.setDaemon(true);
      return thread;
    });
    executor.allowCoreThreadTimeOut(true);
  }

  /** Whether the password matches the bcrypt hash. */
  CompletionStage<Boolean> matches(String password, String hash) {
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    long submitted = System.nanoTime();
    executor.execute(() -> {
      try {
        boolean matches = BcryptUtil.matches(password, hash);
        remember(System.nanoTime() - submitted);
        result.complete(matches);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /**
   * Completes after as long as a check takes, without checking anything; the first time, with a
   * real check of {@code password} against {@code hash}, to learn how long one takes.
   */
  CompletionStage<Boolean> pretend(String password, String hash) {
    long typical = typicalNanos.get();
    if (typical == 0) {
      return matches(password, hash);
    }
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    CompletableFuture.delayedExecutor(typical, TimeUnit.NANOSECONDS).execute(() -> result.complete(false));
    return result;
  }

  /** An exponential moving average over about the last eight checks. */
  private void remember(long nanos) {
    typicalNanos.updateAndGet(old -> old == 0 ? nanos : old - old / 8 + nanos / 8);
  }
}
