package dev.torus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code torus generate}'s default block: small prompts pad little, long ones take blocks of 128. */
class GenerateBlockTest {
  @Test
  void aQuarterOfEachDevicesPromptTokensAsAPowerOfTwoFrom16To128() {
    assertEquals(16, GenerateCommand.defaultBlock(1, 1));
    assertEquals(16, GenerateCommand.defaultBlock(40, 1));
    assertEquals(16, GenerateCommand.defaultBlock(127, 1));
    assertEquals(32, GenerateCommand.defaultBlock(128, 1));
    assertEquals(64, GenerateCommand.defaultBlock(300, 1));
    assertEquals(128, GenerateCommand.defaultBlock(512, 1));
    assertEquals(128, GenerateCommand.defaultBlock(2048, 1));
    assertEquals(128, GenerateCommand.defaultBlock(1 << 20, 1));
    // on a ring each device holds a share: 2,048 tokens over 16 devices are 128 each
    assertEquals(32, GenerateCommand.defaultBlock(2048, 16));
    assertEquals(16, GenerateCommand.defaultBlock(300, 4));
  }
}
