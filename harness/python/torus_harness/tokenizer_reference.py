"""Hugging Face tokenizer reference for Torus: small tokenizers trained here, and what tokenizers/transformers make of text.

Usage: python -m torus_harness.tokenizer_reference batch --request REQUEST.json

REQUEST.json is {"steps": [STEP, ...]}, run in order in one process. Each STEP is an object with "mode":

  {"mode": "make", "kind": KIND, "corpus": [FILE, ...], "vocabSize": N, "specialTokens": [TOKEN, ...],
   "config": {...}, "out": DIR}
      trains a tokenizer with the `tokenizers` package on the UTF-8 text of the corpus files and writes
      DIR/tokenizer.json and DIR/tokenizer_config.json (the "config" object as given). KIND:
        "byte-level-bpe"   GPT-2 style: ByteLevel pre-tokenizer and decoder, BPE over the 256 byte symbols
        "unigram-metaspace" SentencePiece Unigram style: Metaspace pre-tokenizer and decoder, "<unk>" for
                           unseen characters, post-processor "$A </s>"
        "llama-bpe"        LLaMA style: BPE with byte fallback over "▁"-joined text (normalizer prepends "▁"
                           and replaces spaces), post-processor "<s> $A"
      "specialTokens" are added as special tokens (the first ones get the first ids).

  {"mode": "encode", "model": DIR, "strings": STRINGS.json, "out": OUT.json}
      STRINGS.json is a list of strings. OUT.json is a list with one object per string: "ids" and "idsPlain"
      (transformers' AutoTokenizer ids with and without special tokens), "rawIds" (the `tokenizers` package,
      with special tokens), "decoded" and "decodedSkip" (transformers' decode of "ids" keeping and skipping
      special tokens), plus "vocabSize" (len(tokenizer)), "bos" and "eos" ids (null when none) on the first,
      and there "pastVocab": the first string's ids with an id past the tokenizer's vocabulary inserted (a
      model's vocabulary may be larger than its tokenizer's) and transformers' decode of them.

  {"mode": "chat", "model": DIR, "chats": CHATS.json, "out": OUT.json}
      CHATS.json is a list of {"messages": [...], "addGenerationPrompt": bool}; OUT.json the list of
      apply_chat_template(messages, tokenize=False, add_generation_prompt=...) results, or
      {"error": message} where transformers raised.

  {"mode": "corpus", "model": DIR, "documents": DOCS.json, "out": OUT.json}
      DOCS.json is a list of document strings; OUT.json the list of ids: each document's ids without special
      tokens followed by the EOS id (what Torus's token cache holds).

Exit codes: 0 done, 2 bad usage or input, 3 tokenizers/transformers missing.
"""
import argparse
import json
import sys
from pathlib import Path


class UsageError(Exception):
    pass


def make(step):
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

    kind = step["kind"]
    specials = step.get("specialTokens", [])
    vocab_size = int(step["vocabSize"])
    files = step["corpus"]
    if kind == "byte-level-bpe":
        tok = Tokenizer(models.BPE())
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        tok.decoder = decoders.ByteLevel()
        tok.post_processor = processors.ByteLevel(trim_offsets=False)
        trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=specials,
                                      initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    elif kind == "unigram-metaspace":
        tok = Tokenizer(models.Unigram())
        tok.pre_tokenizer = pre_tokenizers.Metaspace()
        tok.decoder = decoders.Metaspace()
        trainer = trainers.UnigramTrainer(vocab_size=vocab_size, special_tokens=specials, unk_token="<unk>")
    elif kind == "llama-bpe":
        tok = Tokenizer(models.BPE(byte_fallback=True, unk_token="<unk>", fuse_unk=True))
        tok.normalizer = normalizers.Sequence([normalizers.Prepend("▁"), normalizers.Replace(" ", "▁")])
        tok.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(),
                                         decoders.Strip(" ", 1, 0)])
        byte_tokens = [f"<0x{b:02X}>" for b in range(256)]
        trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=specials + byte_tokens)
    else:
        raise UsageError(f"make: kind {kind!r} is not byte-level-bpe, unigram-metaspace or llama-bpe")
    tok.train(files, trainer)
    if kind == "unigram-metaspace":
        tok.post_processor = processors.TemplateProcessing(
            single="$A </s>", pair="$A </s> $B </s>", special_tokens=[("</s>", tok.token_to_id("</s>"))])
    elif kind == "llama-bpe":
        tok.post_processor = processors.TemplateProcessing(
            single="<s> $A", pair="<s> $A <s> $B", special_tokens=[("<s>", tok.token_to_id("<s>"))])
    out = Path(step["out"])
    out.mkdir(parents=True, exist_ok=True)
    tok.save(str(out / "tokenizer.json"))
    (out / "tokenizer_config.json").write_text(json.dumps(step.get("config", {}), indent=2), encoding="utf-8")


def load(model):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model)


def encode(step):
    from tokenizers import Tokenizer

    hf = load(step["model"])
    raw = Tokenizer.from_file(str(Path(step["model"]) / "tokenizer.json"))
    strings = json.loads(Path(step["strings"]).read_text(encoding="utf-8"))
    results = []
    for s in strings:
        ids = hf.encode(s, add_special_tokens=True)
        results.append({
            "ids": ids,
            "idsPlain": hf.encode(s, add_special_tokens=False),
            "rawIds": raw.encode(s, add_special_tokens=True).ids,
            "decoded": hf.decode(ids, skip_special_tokens=False),
            "decodedSkip": hf.decode(ids, skip_special_tokens=True),
        })
    if results:
        results[0].update({"vocabSize": len(hf), "bos": hf.bos_token_id, "eos": hf.eos_token_id})
        past = results[0]["ids"][:1] + [len(hf) + 7] + results[0]["ids"][1:]
        results[0]["pastVocab"] = {"ids": past, "decoded": hf.decode(past, skip_special_tokens=False)}
    Path(step["out"]).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")


def chat(step):
    hf = load(step["model"])
    chats = json.loads(Path(step["chats"]).read_text(encoding="utf-8"))
    results = []
    for c in chats:
        try:
            results.append(hf.apply_chat_template(c["messages"], tokenize=False,
                                                  add_generation_prompt=c.get("addGenerationPrompt", False)))
        except Exception as e:  # the template's raise_exception, or a Jinja error
            results.append({"error": str(e)})
    Path(step["out"]).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")


def corpus(step):
    hf = load(step["model"])
    documents = json.loads(Path(step["documents"]).read_text(encoding="utf-8"))
    ids = [hf.encode(d, add_special_tokens=False) + [hf.eos_token_id] for d in documents]
    Path(step["out"]).write_text(json.dumps(ids), encoding="utf-8")


MODES = {"make": make, "encode": encode, "chat": chat, "corpus": corpus}


def batch(request):
    steps = json.loads(Path(request).read_text(encoding="utf-8"))["steps"]
    for step in steps:
        mode = step.get("mode")
        if mode not in MODES:
            raise UsageError(f"step mode {mode!r} is not one of {', '.join(MODES)}")
        MODES[mode](step)
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m torus_harness.tokenizer_reference",
                                     description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    b = sub.add_parser("batch")
    b.add_argument("--request", required=True)
    args = parser.parse_args(argv)
    try:
        import tokenizers  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as e:
        print(f"tokenizer-reference: {e}", file=sys.stderr)
        return 3
    try:
        return batch(args.request)
    except (UsageError, KeyError, OSError, ValueError) as e:
        print(f"tokenizer-reference: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
