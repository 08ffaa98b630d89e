package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedTest {

    @Test
    void handsResultsOnInInputOrderWhateverTheWorkersTake() {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        List<Integer> out = new ArrayList<>();
        Ordered.map(inputs.iterator(), i -> {
            sleepMicros(ThreadLocalRandom.current().nextInt(300));
            return i * 2;
        }, 4, out::add);
        assertThat(out).isEqualTo(inputs.stream().map(i -> i * 2).toList());
    }

    @Test
    void keepsAtMostABoundedNumberOfItemsInFlight() {
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterator<Integer> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < 10_000;
            }

            @Override
            public Integer next() {
                maxAhead.accumulateAndGet(pulled.get() - delivered.get(), Math::max);
                return pulled.getAndIncrement();
            }
        };
        Ordered.map(endless, i -> i, 3, i -> delivered.incrementAndGet());
        assertThat(delivered.get()).isEqualTo(10_000);
        assertThat(maxAhead.get()).isLessThanOrEqualTo(12);
    }

    @Test
    void runsOnTheCallingThreadWithOneThread() {
        Thread caller = Thread.currentThread();
        List<Boolean> sameThread = new ArrayList<>();
        Ordered.map(List.of(1, 2, 3).iterator(), i -> Thread.currentThread() == caller, 1, sameThread::add);
        assertThat(sameThread).containsOnly(true).hasSize(3);
    }

    @Test
    void passesAWorkersExceptionToTheCaller() {
        assertThatThrownBy(() -> Ordered.map(List.of(1, 2, 3).iterator(), i -> {
            if (i == 2) throw new IllegalStateException("boom");
            return i;
        }, 2, i -> { })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    private static void sleepMicros(int micros) {
        try {
            Thread.sleep(0, micros * 1000 % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
