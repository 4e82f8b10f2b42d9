package dev.torus.cli;

import java.util.Locale;

/** What {@code --task} compiles: the forward pass (logits) or one training step. */
enum Task {
  FORWARD, TRAIN, GENERATE;

  /** The name on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
