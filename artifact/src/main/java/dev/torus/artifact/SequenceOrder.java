package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;


/**
 * The token layout of a ring program, applied in one place: a ring program's devices each take a
 * contiguous slice of the sequence axis (dimension 1), so for the striped layout every tensor laid
 * out along the sequence ({@link Role#alongSequence()}: tokens, targets, logits) goes in "device
 * order" (device r's tokens r, r+N, r+2N... first) and comes back in sequence order. The contiguous
 * layout is the identity. Engines call {@link #toProgramOrder}/{@link #fromProgramOrder} on the
 * host, or build the same permutation ({@link #deviceOrderIndex}) into their graph; callers always
 * give and get sequence order.
 */
public final class SequenceOrder {
  private SequenceOrder() {}

  /** The token layout {@code manifest} declares; contiguous when it declares none. */
  public static TokenLayout layoutOf(Manifest manifest) {
    return manifest.tokenLayout() == null ? TokenLayout.CONTIGUOUS : manifest.tokenLayout();
  }

  /** The size of the ring axis of {@code manifest}'s mesh; 1 without one. */
  public static int ringOf(Manifest manifest) {
    return ringOf(manifest.mesh());
  }

  /** The size of {@code mesh}'s ring axis; 1 without one. */
  public static int ringOf(Mesh mesh) {
    return mesh.axis(Mesh.RING_AXIS).map(Mesh.Axis::size).orElse(1);
  }

  /**
   * Whether the program takes or returns {@code spec} in device order: a tensor laid out along the
   * sequence ({@link Role#alongSequence}) and split over the ring along it. A replicated one (a
   * decode step's {@code [B, 1]} tokens, a generate program's {@code [B, V]} logits) is as it is.
   */
  public static boolean inDeviceOrder(TensorSpec spec) {
    return spec.role().alongSequence()
        && spec.sharding().stream().anyMatch(s -> s.dim() == 1 && s.axis().equals(Mesh.RING_AXIS));
  }

  /** {@code value} of {@code spec} in sequence order, in the order the program of {@code manifest} takes it. */
  public static HostTensor toProgramOrder(Manifest manifest, TensorSpec spec, HostTensor value) {
    return inDeviceOrder(spec) ? toDeviceOrder(value, layoutOf(manifest), ringOf(manifest)) : value;
  }

  /** {@code value} of {@code spec} as the program of {@code manifest} returns it, in sequence order. */
  public static HostTensor fromProgramOrder(Manifest manifest, TensorSpec spec, HostTensor value) {
    return inDeviceOrder(spec) ? toSequenceOrder(value, layoutOf(manifest), ringOf(manifest)) : value;
  }

  /** {@code [B, S, ...]} in sequence order to device order. */
  public static HostTensor toDeviceOrder(HostTensor t, TokenLayout layout, int ring) {
    return reorder(t, layout, ring, true);
  }

  /** {@code [B, S, ...]} in device order back to sequence order. */
  public static HostTensor toSequenceOrder(HostTensor t, TokenLayout layout, int ring) {
    return reorder(t, layout, ring, false);
  }

  /**
   * Where each position of the result reads from, along a sequence of {@code seq} tokens: with
   * {@code toDevice}, device-order position k holds sequence position {@code index[k]}; otherwise
   * sequence position k holds device-order position {@code index[k]}. The identity for the
   * contiguous layout or one device.
   */
  public static int[] deviceOrderIndex(TokenLayout layout, int ring, long seq, boolean toDevice) {
    checkArgument(seq % ring == 0, "sequence %s is not a multiple of the ring size %s", seq, ring);
    int[] index = new int[Math.toIntExact(seq)];
    long local = seq / ring;
    for (int r = 0; r < ring; r++) {
      for (long i = 0; i < local; i++) {
        int devicePos = Math.toIntExact(r * local + i);
        int sequencePos = Math.toIntExact(layout.position(r, ring, local, i));
        if (toDevice) {
          index[devicePos] = sequencePos;
        } else {
          index[sequencePos] = devicePos;
        }
      }
    }
    return index;
  }

  private static HostTensor reorder(HostTensor t, TokenLayout layout, int ring, boolean toDevice) {
    if (layout == TokenLayout.CONTIGUOUS || ring == 1) {
      return t;
    }
    checkArgument(t.rank() >= 2, "reordering the sequence needs [batch, sequence, ...], got %s",
        HostTensor.typeString(t.dtype(), t.shape()));
    long seq = t.shape().get(1);
    int[] index = deviceOrderIndex(layout, ring, seq, toDevice);
    long inner = 1;
    for (int d = 2; d < t.rank(); d++) {
      inner *= t.shape().get(d);
    }
    int row = Math.toIntExact(inner * t.dtype().byteSize());
    byte[] in = t.bytes();
    byte[] out = new byte[in.length];
    for (long b = 0; b < t.shape().get(0); b++) {
      for (int k = 0; k < seq; k++) {
        System.arraycopy(in, Math.toIntExact((b * seq + index[k]) * row), out, Math.toIntExact((b * seq + k) * row), row);
      }
    }
    return HostTensor.of(t.dtype(), t.shape(), out);
  }
}
