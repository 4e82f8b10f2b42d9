// Torus's CPU decode attention: one decode step's cache attention as an XLA typed-FFI custom call
// ("torus_decode_attention"), which the JAX engine registers (torus_harness/native.py builds and loads this
// file). The compiler emits it for `--cpu-decode-kernel` (compiler: DecodeKernel.java).
//
// XLA's CPU backend runs the decode program's key-block loop as small batched products, one after another
// on one thread, at about 10 GB/s of cache. This kernel reads each row's and key/value head's cache slice
// once, at the memory's speed, with the rows and heads spread over XLA's intra-op threads.
//
// Operands (row-major):
//   q          f32[B, Hkv, G, D]     the step's queries, scaled, G per key/value head
//   keys       T[L, B, Hkv, M, D]    the caches (T f32 or bf16), this device's M slots
//   values     T[L, B, Hkv, M, D]
//   layer      s32[]                 the layer read
//   key_pos    s32[M]                each slot's global position
//   query_pos  s32[B]                each row's query position
//   window     s32[]                 a sliding window, or 0 for none
//   blocks     s32[2]                the key blocks [lower, upper) to visit, as the cache rules bound them
// Attributes: block (i64), the key block's slots; soft_cap (f32), cap * tanh(s / cap) on scores, 0 for none.
// Results: max, denominator f32[B, Hkv, G]; weighted values f32[B, Hkv, G, D] (the partial softmax that the
// compiler's OnlineSoftmax leaves: max -inf, denominator and values 0 where no key is visible); s32[] the
// key blocks visited.
//
// Slot s is visible to row b when key_pos[s] <= query_pos[b] and, with a window W, key_pos[s] >
// query_pos[b] - W: the rules of the compiler's BlockVisibility.cacheMasked.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "xla/ffi/api/ffi.h"

namespace ffi = xla::ffi;

namespace {

// The largest head size: one query's weighted values live in a stack array.
constexpr int64_t kMaxDim = 1024;

inline float Load(const float* p, int64_t i) { return p[i]; }
inline float Load(const uint16_t* p, int64_t i) {  // bf16: the high half of an f32
  uint32_t bits = static_cast<uint32_t>(p[i]) << 16;
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

// The weight a value row gets: with a bf16 cache the probability rounded to bf16 (to nearest, ties to even),
// as the compiler's loop converts it before its bf16 probability-value product; the denominator keeps f32.
inline float ValueWeight(float e, const float*) { return e; }
inline float ValueWeight(float e, const uint16_t*) {
  uint32_t bits;
  std::memcpy(&bits, &e, sizeof bits);
  bits = (bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000u;  // e is finite and >= 0
  float r;
  std::memcpy(&r, &bits, sizeof r);
  return r;
}

struct Problem {
  const float* q;
  const void* keys;
  const void* values;
  bool bf16;
  int64_t batch, hkv, group, dim, slots, layer;
  const int32_t* key_pos;
  const int32_t* query_pos;
  int32_t window;
  int64_t first, last;  // the slots [first, last) visited
  int64_t block;        // the key block: the online softmax rescales once per block, as the loop does
  float soft_cap;
  float* max;
  float* denominator;
  float* weighted;
};

// One row's and key/value head's G queries over the visited slots: per key block, the scores, then the
// online softmax's rescale and the block's weighted values (the loop's steps, so with a bf16 cache its
// probabilities round alike).
template <typename T>
void RowHead(const Problem& p, int64_t unit) {
  const int64_t b = unit / p.hkv, h = unit % p.hkv, G = p.group, D = p.dim;
  const int64_t base = ((p.layer * p.batch + b) * p.hkv + h) * p.slots * D;
  const T* keys = static_cast<const T*>(p.keys) + base;
  const T* values = static_cast<const T*>(p.values) + base;
  const float ninf = -std::numeric_limits<float>::infinity();
  const int32_t qp = p.query_pos[b];
  std::vector<float> buffer(p.block);
  float* scores = buffer.data();
  float row[kMaxDim];
  for (int64_t g = 0; g < G; ++g) {
    const float* q = p.q + (unit * G + g) * D;
    float m = ninf, l = 0;
    std::fill(row, row + D, 0.0f);
    for (int64_t c = p.first; c < p.last; c += p.block) {
      const int64_t n = std::min(p.block, p.last - c);
      float block_max = ninf;
      for (int64_t j = 0; j < n; ++j) {
        const int32_t kp = p.key_pos[c + j];
        if (kp > qp || (p.window > 0 && kp <= qp - p.window)) {
          scores[j] = ninf;
          continue;
        }
        const T* k = keys + (c + j) * D;
        float s = 0;
#pragma omp simd reduction(+ : s)
        for (int64_t d = 0; d < D; ++d) s += q[d] * Load(k, d);
        if (p.soft_cap > 0) s = p.soft_cap * std::tanh(s / p.soft_cap);
        scores[j] = s;
        block_max = std::max(block_max, s);
      }
      if (block_max == ninf) continue;  // no visible key in this block
      const float new_max = std::max(m, block_max);
      const float correction = std::exp(m - new_max);  // 0 while m is -inf
      l *= correction;
#pragma omp simd
      for (int64_t d = 0; d < D; ++d) row[d] *= correction;
      for (int64_t j = 0; j < n; ++j) {
        if (scores[j] == ninf) continue;
        const float e = std::exp(scores[j] - new_max);
        l += e;
        const T* v = values + (c + j) * D;
        const float w = ValueWeight(e, v);
#pragma omp simd
        for (int64_t d = 0; d < D; ++d) row[d] += w * Load(v, d);
      }
      m = new_max;
    }
    p.max[unit * G + g] = m;
    p.denominator[unit * G + g] = l;
    std::memcpy(p.weighted + (unit * G + g) * D, row, D * sizeof(float));
  }
}

// The (row, head) units shared by the calling thread and helpers on XLA's intra-op pool: each takes the
// next unit until none is left; the caller waits until every unit is done. A helper that starts late
// finds none and leaves; the shared state lives until the last helper drops it.
struct Work {
  Problem problem;
  int64_t units;
  std::atomic<int64_t> next{0};
  std::atomic<int64_t> done{0};
  std::mutex mu;
  std::condition_variable finished;

  void Drain() {
    for (int64_t u; (u = next.fetch_add(1)) < units;) {
      if (problem.bf16) {
        RowHead<uint16_t>(problem, u);
      } else {
        RowHead<float>(problem, u);
      }
      if (done.fetch_add(1) + 1 == units) {
        std::lock_guard<std::mutex> lock(mu);
        finished.notify_all();
      }
    }
  }
};

std::string Dims(ffi::AnyBuffer::Dimensions d) {
  std::string s = "[";
  for (size_t i = 0; i < d.size(); ++i) s += (i ? ", " : "") + std::to_string(d[i]);
  return s + "]";
}

ffi::Error DecodeAttention(ffi::ThreadPool pool, ffi::Buffer<ffi::F32> q, ffi::AnyBuffer keys,
                           ffi::AnyBuffer values, ffi::Buffer<ffi::S32> layer, ffi::Buffer<ffi::S32> key_pos,
                           ffi::Buffer<ffi::S32> query_pos, ffi::Buffer<ffi::S32> window,
                           ffi::Buffer<ffi::S32> blocks, int64_t block, float soft_cap,
                           ffi::ResultBuffer<ffi::F32> max, ffi::ResultBuffer<ffi::F32> denominator,
                           ffi::ResultBuffer<ffi::F32> weighted, ffi::ResultBuffer<ffi::S32> visited) {
  auto kd = keys.dimensions();
  auto qd = q.dimensions();
  const std::string where = "torus_decode_attention: ";
  if (kd.size() != 5 || qd.size() != 4 || values.dimensions().size() != 5) {
    return ffi::Error::InvalidArgument(where + "expected q [B, Hkv, G, D] and caches [L, B, Hkv, M, D], got q " +
                                       Dims(qd) + ", keys " + Dims(kd) + ", values " + Dims(values.dimensions()));
  }
  for (int i = 0; i < 5; ++i) {
    if (values.dimensions()[i] != kd[i]) {
      return ffi::Error::InvalidArgument(where + "keys " + Dims(kd) + " and values " + Dims(values.dimensions()) +
                                         " differ");
    }
  }
  if (qd[0] != kd[1] || qd[1] != kd[2] || qd[3] != kd[4] || qd[3] > kMaxDim) {
    return ffi::Error::InvalidArgument(where + "q " + Dims(qd) + " does not match the caches " + Dims(kd) +
                                       " (head sizes up to " + std::to_string(kMaxDim) + ")");
  }
  const auto type = keys.element_type();
  if (type != values.element_type() || (type != ffi::DataType::F32 && type != ffi::DataType::BF16)) {
    return ffi::Error::InvalidArgument(where + "the caches must both be f32 or both bf16");
  }
  if (key_pos.element_count() != static_cast<size_t>(kd[3]) ||
      query_pos.element_count() != static_cast<size_t>(kd[1]) || blocks.element_count() != 2 || block < 1) {
    return ffi::Error::InvalidArgument(where + "key_pos must hold M = " + std::to_string(kd[3]) +
                                       " positions, query_pos B = " + std::to_string(kd[1]) +
                                       ", blocks 2 bounds, and block must be >= 1");
  }
  const int64_t l = layer.typed_data()[0];
  if (l < 0 || l >= kd[0]) {
    return ffi::Error::InvalidArgument(where + "layer " + std::to_string(l) + " outside [0, " +
                                       std::to_string(kd[0]) + ")");
  }
  auto work = std::make_shared<Work>();
  Problem& p = work->problem;
  p.q = q.typed_data();
  p.keys = keys.untyped_data();
  p.values = values.untyped_data();
  p.bf16 = type == ffi::DataType::BF16;
  p.layer = l;
  p.batch = kd[1];
  p.hkv = kd[2];
  p.slots = kd[3];
  p.dim = kd[4];
  p.group = qd[2];
  p.key_pos = key_pos.typed_data();
  p.query_pos = query_pos.typed_data();
  p.window = window.typed_data()[0];
  const int64_t lower = std::max<int64_t>(0, blocks.typed_data()[0]);
  const int64_t upper = std::max<int64_t>(lower, std::min<int64_t>(blocks.typed_data()[1], (p.slots + block - 1) / block));
  p.first = std::min(lower * block, p.slots);
  p.last = std::min(upper * block, p.slots);
  p.block = block;
  p.soft_cap = soft_cap;
  p.max = max->typed_data();
  p.denominator = denominator->typed_data();
  p.weighted = weighted->typed_data();
  visited->typed_data()[0] = static_cast<int32_t>(upper - lower);
  work->units = p.batch * p.hkv;
  // The caller works too: with helpers for all but one of the pool's threads, one worker per core.
  const int64_t helpers = std::min<int64_t>(pool.num_threads() - 1, work->units - 1);
  for (int64_t i = 0; i < helpers; ++i) pool.Schedule([work] { work->Drain(); });
  work->Drain();
  std::unique_lock<std::mutex> lock(work->mu);
  work->finished.wait(lock, [&] { return work->done.load() == work->units; });
  return ffi::Error::Success();
}

}  // namespace

XLA_FFI_DEFINE_HANDLER_SYMBOL(TorusDecodeAttention, DecodeAttention,
                              ffi::Ffi::Bind()
                                  .Ctx<ffi::ThreadPool>()
                                  .Arg<ffi::Buffer<ffi::F32>>()   // q
                                  .Arg<ffi::AnyBuffer>()          // keys
                                  .Arg<ffi::AnyBuffer>()          // values
                                  .Arg<ffi::Buffer<ffi::S32>>()   // layer
                                  .Arg<ffi::Buffer<ffi::S32>>()   // key_pos
                                  .Arg<ffi::Buffer<ffi::S32>>()   // query_pos
                                  .Arg<ffi::Buffer<ffi::S32>>()   // window
                                  .Arg<ffi::Buffer<ffi::S32>>()   // blocks
                                  .Attr<int64_t>("block")
                                  .Attr<float>("soft_cap")
                                  .Ret<ffi::Buffer<ffi::F32>>()   // max
                                  .Ret<ffi::Buffer<ffi::F32>>()   // denominator
                                  .Ret<ffi::Buffer<ffi::F32>>()   // weighted values
                                  .Ret<ffi::Buffer<ffi::S32>>()); // key blocks visited
