package com.acme.ringapp;

import com.acme.ringapp.generated.TinyRingForward;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Greedy next-token prediction through the binding `torus codegen` generated at build time
 * ({@link TinyRingForward}: the tiny model on an emulated striped ring of 2). Nothing here touches
 * artifacts, manifests or tensors: the binding is the whole API.
 */
public final class NextToken implements AutoCloseable {
  private final TinyRingForward model;

  public NextToken(Path checkpointDir) throws IOException {
    this.model = TinyRingForward.fromClasspath(checkpointDir);
  }

  /** The most likely next token after each position of {@code tokens} ({@code TinyRingForward.SEQUENCE} ids). */
  public int[] predict(int[] tokens) {
    float[][] logits = model.forward(new int[][] {tokens})[0];
    int[] next = new int[logits.length];
    for (int s = 0; s < logits.length; s++) {
      for (int v = 1; v < logits[s].length; v++) {
        if (logits[s][v] > logits[s][next[s]]) {
          next[s] = v;
        }
      }
    }
    return next;
  }

  @Override
  public void close() {
    model.close();
  }
}
