package org.rosetta.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs bcrypt checks on threads of their own, one a core, with the passwords of existing accounts
 * checked before those of made-up names. A flood of sign-ins under made-up names (each costing a
 * bcrypt check, so that its time does not tell that the name is unknown) then queues behind the
 * team's own sign-ins instead of in front of them, and holds none of the request threads.
 */
final class PasswordChecks {
  private static final AtomicLong ORDER = new AtomicLong();

  private final ThreadPoolExecutor executor;

  PasswordChecks(int threads) {
    executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new PriorityBlockingQueue<>(), runnable -> {
      Thread thread = new Thread(runnable, "password-check");
      thread.setDaemon(true);
      return thread;
    });
    executor.allowCoreThreadTimeOut(true);
  }

  /** Whether the password matches the bcrypt hash, checked in turn: accounts first, then the rest. */
  CompletionStage<Boolean> matches(String password, String hash, boolean account) {
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    executor.execute(new Check(account, ORDER.incrementAndGet(), () -> {
      try {
        result.complete(BcryptUtil.matches(password, hash));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }));
    return result;
  }

  /** A check with its place in the queue: an account's before a made-up name's, each in arrival order. */
  private record Check(boolean account, long order, Runnable work) implements Runnable, Comparable<Check> {
    @Override
    public void run() {
      work.run();
    }

    @Override
    public int compareTo(Check other) {
      if (account != other.account) {
        return account ? -1 : 1;
      }
      return Long.compare(order, other.order);
    }
  }
}
