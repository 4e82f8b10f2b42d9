package dev.torus.text.generate;

/** Why a sequence stopped generating. */
public enum FinishReason {
  /** It produced one of the model's end-of-sequence tokens (kept in its ids, not in its text). */
  EOS("eos"),
  /** Its text came to contain a stop string; the text ends before it. */
  STOP_STRING("stop"),
  /** It reached the most new tokens allowed ({@code --max-new-tokens}) or the cache's length ({@code --max-len}). */
  LENGTH("length");

  private final String spelling;

  FinishReason(String spelling) {
    this.spelling = spelling;
  }

  /** How the CLI prints it: {@code eos}, {@code stop}, {@code length}. */
  public String spelling() {
    return spelling;
  }
}
