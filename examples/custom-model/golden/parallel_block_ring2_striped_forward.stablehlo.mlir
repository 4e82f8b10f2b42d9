module @parallel_block_ring2_striped_forward attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x64xi32> {mhlo.sharding = "{manual}"}, %arg1: tensor<320x96xf32> {mhlo.sharding = "{manual}"}, %arg2: tensor<2x96xf32> {mhlo.sharding = "{manual}"}, %arg3: tensor<2x96xf32> {mhlo.sharding = "{manual}"}, %arg4: tensor<2x96x96xf32> {mhlo.sharding = "{manual}"}, %arg5: tensor<2x96x96xf32> {mhlo.sharding = "{manual}"}, %arg6: tensor<2x96x96xf32> {mhlo.sharding = "{manual}"}, %arg7: tensor<2x96xf32> {mhlo.sharding = "{manual}"}, %arg8: tensor<2x96xf32> {mhlo.sharding = "{manual}"}, %arg9: tensor<2x96xf32> {mhlo.sharding = "{manual}"}, %arg10: tensor<2x96x96xf32> {mhlo.sharding = "{manual}"}, %arg11: tensor<2x96xf32> {mhlo.sharding = "{manual}"}, %arg12: tensor<2x384x96xf32> {mhlo.sharding = "{manual}"}, %arg13: tensor<2x384xf32> {mhlo.sharding = "{manual}"}, %arg14: tensor<2x96x384xf32> {mhlo.sharding = "{manual}"}, %arg15: tensor<2x96xf32> {mhlo.sharding = "{manual}"}, %arg16: tensor<96xf32> {mhlo.sharding = "{manual}"}, %arg17: tensor<96xf32> {mhlo.sharding = "{manual}"}) -> (tensor<1x64x320xf32> {mhlo.sharding = "{manual}"}) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 96>, mhlo.sharding = "{manual}"} : (tensor<320x96xf32>, tensor<1x64xi32>) -> tensor<1x64x96xf32>
    %1 = "stablehlo.partition_id"() {mhlo.sharding = "{manual}"} : () -> tensor<ui32>
    %2 = "stablehlo.convert"(%1) {mhlo.sharding = "{manual}"} : (tensor<ui32>) -> tensor<i32>
    %3 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %4 = "stablehlo.remainder"(%2, %3) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %5 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<64xi32>
    %6 = "stablehlo.broadcast_in_dim"(%4) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<64xi32>
    %7 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %8 = "stablehlo.broadcast_in_dim"(%7) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<64xi32>
    %9 = "stablehlo.multiply"(%5, %8) {mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi32>
    %10 = "stablehlo.add"(%6, %9) {mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi32>
    %11 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %12 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %770:19 = "stablehlo.while"(%12, %11, %0, %10, %4, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15) ({
    ^bb0(%13: tensor<i32>, %14: tensor<i32>, %15: tensor<1x64x96xf32>, %16: tensor<64xi32>, %17: tensor<i32>, %18: tensor<2x96xf32>, %19: tensor<2x96xf32>, %20: tensor<2x96x96xf32>, %21: tensor<2x96x96xf32>, %22: tensor<2x96x96xf32>, %23: tensor<2x96xf32>, %24: tensor<2x96xf32>, %25: tensor<2x96xf32>, %26: tensor<2x96x96xf32>, %27: tensor<2x96xf32>, %28: tensor<2x384x96xf32>, %29: tensor<2x384xf32>, %30: tensor<2x96x384xf32>, %31: tensor<2x96xf32>):
      %32 = "stablehlo.compare"(%13, %14) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%32) : (tensor<i1>) -> ()
    }, {
    ^bb0(%33: tensor<i32>, %34: tensor<i32>, %35: tensor<1x64x96xf32>, %36: tensor<64xi32>, %37: tensor<i32>, %38: tensor<2x96xf32>, %39: tensor<2x96xf32>, %40: tensor<2x96x96xf32>, %41: tensor<2x96x96xf32>, %42: tensor<2x96x96xf32>, %43: tensor<2x96xf32>, %44: tensor<2x96xf32>, %45: tensor<2x96xf32>, %46: tensor<2x96x96xf32>, %47: tensor<2x96xf32>, %48: tensor<2x384x96xf32>, %49: tensor<2x384xf32>, %50: tensor<2x96x384xf32>, %51: tensor<2x96xf32>):
      %52 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %53 = "stablehlo.dynamic_slice"(%38, %33, %52) {slice_sizes = array<i64: 1, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96xf32>, tensor<i32>, tensor<i32>) -> tensor<1x96xf32>
      %54 = "stablehlo.reshape"(%53) {mhlo.sharding = "{manual}"} : (tensor<1x96xf32>) -> tensor<96xf32>
      %55 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %56 = "stablehlo.dynamic_slice"(%39, %33, %55) {slice_sizes = array<i64: 1, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96xf32>, tensor<i32>, tensor<i32>) -> tensor<1x96xf32>
      %57 = "stablehlo.reshape"(%56) {mhlo.sharding = "{manual}"} : (tensor<1x96xf32>) -> tensor<96xf32>
      %58 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %59 = "stablehlo.dynamic_slice"(%40, %33, %58, %58) {slice_sizes = array<i64: 1, 96, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x96x96xf32>
      %60 = "stablehlo.reshape"(%59) {mhlo.sharding = "{manual}"} : (tensor<1x96x96xf32>) -> tensor<96x96xf32>
      %61 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %62 = "stablehlo.dynamic_slice"(%41, %33, %61, %61) {slice_sizes = array<i64: 1, 96, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x96x96xf32>
      %63 = "stablehlo.reshape"(%62) {mhlo.sharding = "{manual}"} : (tensor<1x96x96xf32>) -> tensor<96x96xf32>
      %64 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %65 = "stablehlo.dynamic_slice"(%42, %33, %64, %64) {slice_sizes = array<i64: 1, 96, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x96x96xf32>
      %66 = "stablehlo.reshape"(%65) {mhlo.sharding = "{manual}"} : (tensor<1x96x96xf32>) -> tensor<96x96xf32>
      %67 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %68 = "stablehlo.dynamic_slice"(%43, %33, %67) {slice_sizes = array<i64: 1, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96xf32>, tensor<i32>, tensor<i32>) -> tensor<1x96xf32>
      %69 = "stablehlo.reshape"(%68) {mhlo.sharding = "{manual}"} : (tensor<1x96xf32>) -> tensor<96xf32>
      %70 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %71 = "stablehlo.dynamic_slice"(%44, %33, %70) {slice_sizes = array<i64: 1, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96xf32>, tensor<i32>, tensor<i32>) -> tensor<1x96xf32>
      %72 = "stablehlo.reshape"(%71) {mhlo.sharding = "{manual}"} : (tensor<1x96xf32>) -> tensor<96xf32>
      %73 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %74 = "stablehlo.dynamic_slice"(%45, %33, %73) {slice_sizes = array<i64: 1, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96xf32>, tensor<i32>, tensor<i32>) -> tensor<1x96xf32>
      %75 = "stablehlo.reshape"(%74) {mhlo.sharding = "{manual}"} : (tensor<1x96xf32>) -> tensor<96xf32>
      %76 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %77 = "stablehlo.dynamic_slice"(%46, %33, %76, %76) {slice_sizes = array<i64: 1, 96, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x96x96xf32>
      %78 = "stablehlo.reshape"(%77) {mhlo.sharding = "{manual}"} : (tensor<1x96x96xf32>) -> tensor<96x96xf32>
      %79 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %80 = "stablehlo.dynamic_slice"(%47, %33, %79) {slice_sizes = array<i64: 1, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96xf32>, tensor<i32>, tensor<i32>) -> tensor<1x96xf32>
      %81 = "stablehlo.reshape"(%80) {mhlo.sharding = "{manual}"} : (tensor<1x96xf32>) -> tensor<96xf32>
      %82 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %83 = "stablehlo.dynamic_slice"(%48, %33, %82, %82) {slice_sizes = array<i64: 1, 384, 96>, mhlo.sharding = "{manual}"} : (tensor<2x384x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x384x96xf32>
      %84 = "stablehlo.reshape"(%83) {mhlo.sharding = "{manual}"} : (tensor<1x384x96xf32>) -> tensor<384x96xf32>
      %85 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %86 = "stablehlo.dynamic_slice"(%49, %33, %85) {slice_sizes = array<i64: 1, 384>, mhlo.sharding = "{manual}"} : (tensor<2x384xf32>, tensor<i32>, tensor<i32>) -> tensor<1x384xf32>
      %87 = "stablehlo.reshape"(%86) {mhlo.sharding = "{manual}"} : (tensor<1x384xf32>) -> tensor<384xf32>
      %88 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %89 = "stablehlo.dynamic_slice"(%50, %33, %88, %88) {slice_sizes = array<i64: 1, 96, 384>, mhlo.sharding = "{manual}"} : (tensor<2x96x384xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x96x384xf32>
      %90 = "stablehlo.reshape"(%89) {mhlo.sharding = "{manual}"} : (tensor<1x96x384xf32>) -> tensor<96x384xf32>
      %91 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %92 = "stablehlo.dynamic_slice"(%51, %33, %91) {slice_sizes = array<i64: 1, 96>, mhlo.sharding = "{manual}"} : (tensor<2x96xf32>, tensor<i32>, tensor<i32>) -> tensor<1x96xf32>
      %93 = "stablehlo.reshape"(%92) {mhlo.sharding = "{manual}"} : (tensor<1x96xf32>) -> tensor<96xf32>
      %94 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %95 = "stablehlo.broadcast_in_dim"(%94) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x64x96xf32>
      %96 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %97 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %152:6 = "stablehlo.while"(%97, %96, %35, %54, %57, %95) ({
      ^bb0(%98: tensor<i32>, %99: tensor<i32>, %100: tensor<1x64x96xf32>, %101: tensor<96xf32>, %102: tensor<96xf32>, %103: tensor<1x64x96xf32>):
        %104 = "stablehlo.compare"(%98, %99) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%104) : (tensor<i1>) -> ()
      }, {
      ^bb0(%105: tensor<i32>, %106: tensor<i32>, %107: tensor<1x64x96xf32>, %108: tensor<96xf32>, %109: tensor<96xf32>, %110: tensor<1x64x96xf32>):
        %111 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %112 = "stablehlo.multiply"(%105, %111) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %113 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %114 = "stablehlo.dynamic_slice"(%107, %113, %112, %113) {slice_sizes = array<i64: 1, 32, 96>, mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x96xf32>
        %115 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %116 = "stablehlo.reduce"(%114, %115) ({
        ^bb0(%117: tensor<f32>, %118: tensor<f32>):
          %119 = "stablehlo.add"(%117, %118) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%119) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<f32>) -> tensor<1x32xf32>
        %120 = "stablehlo.constant"() {value = dense<96.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %121 = "stablehlo.broadcast_in_dim"(%120) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32xf32>
        %122 = "stablehlo.divide"(%116, %121) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
        %123 = "stablehlo.reshape"(%122) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x1xf32>
        %124 = "stablehlo.reshape"(%123) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32xf32>
        %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x96xf32>
        %126 = "stablehlo.subtract"(%114, %125) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %127 = "stablehlo.multiply"(%126, %126) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %128 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %129 = "stablehlo.reduce"(%127, %128) ({
        ^bb0(%130: tensor<f32>, %131: tensor<f32>):
          %132 = "stablehlo.add"(%130, %131) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%132) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<f32>) -> tensor<1x32xf32>
        %133 = "stablehlo.constant"() {value = dense<96.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %134 = "stablehlo.broadcast_in_dim"(%133) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32xf32>
        %135 = "stablehlo.divide"(%129, %134) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
        %136 = "stablehlo.reshape"(%135) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x1xf32>
        %137 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %138 = "stablehlo.broadcast_in_dim"(%137) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1xf32>
        %139 = "stablehlo.add"(%136, %138) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>, tensor<1x32x1xf32>) -> tensor<1x32x1xf32>
        %140 = "stablehlo.rsqrt"(%139) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32x1xf32>
        %141 = "stablehlo.reshape"(%140) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32xf32>
        %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x96xf32>
        %143 = "stablehlo.multiply"(%126, %142) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %144 = "stablehlo.broadcast_in_dim"(%108) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x32x96xf32>
        %145 = "stablehlo.multiply"(%143, %144) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %146 = "stablehlo.broadcast_in_dim"(%109) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x32x96xf32>
        %147 = "stablehlo.add"(%145, %146) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %148 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %149 = "stablehlo.dynamic_update_slice"(%110, %147, %148, %112, %148) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<1x32x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x96xf32>
        %150 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %151 = "stablehlo.add"(%105, %150) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%151, %106, %107, %108, %109, %149) : (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<1x64x96xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<1x64x96xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<1x64x96xf32>)
      %153 = "stablehlo.dot_general"(%152#5, %60) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<96x96xf32>) -> tensor<1x64x96xf32>
      %154 = "stablehlo.broadcast_in_dim"(%69) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x64x96xf32>
      %155 = "stablehlo.add"(%153, %154) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<1x64x96xf32>) -> tensor<1x64x96xf32>
      %156 = "stablehlo.reshape"(%155) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>) -> tensor<1x64x6x16xf32>
      %157 = "stablehlo.dot_general"(%152#5, %63) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<96x96xf32>) -> tensor<1x64x96xf32>
      %158 = "stablehlo.broadcast_in_dim"(%72) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x64x96xf32>
      %159 = "stablehlo.add"(%157, %158) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<1x64x96xf32>) -> tensor<1x64x96xf32>
      %160 = "stablehlo.reshape"(%159) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>) -> tensor<1x64x6x16xf32>
      %161 = "stablehlo.dot_general"(%152#5, %66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<96x96xf32>) -> tensor<1x64x96xf32>
      %162 = "stablehlo.broadcast_in_dim"(%75) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x64x96xf32>
      %163 = "stablehlo.add"(%161, %162) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<1x64x96xf32>) -> tensor<1x64x96xf32>
      %164 = "stablehlo.reshape"(%163) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>) -> tensor<1x64x6x16xf32>
      %165 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %166 = "stablehlo.convert"(%36) {mhlo.sharding = "{manual}"} : (tensor<64xi32>) -> tensor<64xf32>
      %167 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<64x8xf32>
      %168 = "stablehlo.broadcast_in_dim"(%165) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<64x8xf32>
      %169 = "stablehlo.multiply"(%167, %168) {mhlo.sharding = "{manual}"} : (tensor<64x8xf32>, tensor<64x8xf32>) -> tensor<64x8xf32>
      %170 = "stablehlo.concatenate"(%169, %169) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<64x8xf32>, tensor<64x8xf32>) -> tensor<64x16xf32>
      %171 = "stablehlo.cosine"(%170) {mhlo.sharding = "{manual}"} : (tensor<64x16xf32>) -> tensor<64x16xf32>
      %172 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<64x16xf32>) -> tensor<1x64x6x16xf32>
      %173 = "stablehlo.sine"(%170) {mhlo.sharding = "{manual}"} : (tensor<64x16xf32>) -> tensor<64x16xf32>
      %174 = "stablehlo.broadcast_in_dim"(%173) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<64x16xf32>) -> tensor<1x64x6x16xf32>
      %175 = "stablehlo.slice"(%156) {limit_indices = array<i64: 1, 64, 6, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>) -> tensor<1x64x6x8xf32>
      %176 = "stablehlo.slice"(%156) {limit_indices = array<i64: 1, 64, 6, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>) -> tensor<1x64x6x8xf32>
      %177 = "stablehlo.negate"(%176) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x8xf32>) -> tensor<1x64x6x8xf32>
      %178 = "stablehlo.concatenate"(%177, %175) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x64x6x8xf32>, tensor<1x64x6x8xf32>) -> tensor<1x64x6x16xf32>
      %179 = "stablehlo.multiply"(%156, %172) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>, tensor<1x64x6x16xf32>) -> tensor<1x64x6x16xf32>
      %180 = "stablehlo.multiply"(%178, %174) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>, tensor<1x64x6x16xf32>) -> tensor<1x64x6x16xf32>
      %181 = "stablehlo.add"(%179, %180) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>, tensor<1x64x6x16xf32>) -> tensor<1x64x6x16xf32>
      %182 = "stablehlo.constant"() {value = dense<[1.0, 0.31622776, 0.1, 0.03162278, 0.01, 0.0031622779, 0.001, 3.162278E-4]> : tensor<8xf32>, mhlo.sharding = "{manual}"} : () -> tensor<8xf32>
      %183 = "stablehlo.convert"(%36) {mhlo.sharding = "{manual}"} : (tensor<64xi32>) -> tensor<64xf32>
      %184 = "stablehlo.broadcast_in_dim"(%183) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<64x8xf32>
      %185 = "stablehlo.broadcast_in_dim"(%182) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<8xf32>) -> tensor<64x8xf32>
      %186 = "stablehlo.multiply"(%184, %185) {mhlo.sharding = "{manual}"} : (tensor<64x8xf32>, tensor<64x8xf32>) -> tensor<64x8xf32>
      %187 = "stablehlo.concatenate"(%186, %186) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<64x8xf32>, tensor<64x8xf32>) -> tensor<64x16xf32>
      %188 = "stablehlo.cosine"(%187) {mhlo.sharding = "{manual}"} : (tensor<64x16xf32>) -> tensor<64x16xf32>
      %189 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<64x16xf32>) -> tensor<1x64x6x16xf32>
      %190 = "stablehlo.sine"(%187) {mhlo.sharding = "{manual}"} : (tensor<64x16xf32>) -> tensor<64x16xf32>
      %191 = "stablehlo.broadcast_in_dim"(%190) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<64x16xf32>) -> tensor<1x64x6x16xf32>
      %192 = "stablehlo.slice"(%160) {limit_indices = array<i64: 1, 64, 6, 8>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>) -> tensor<1x64x6x8xf32>
      %193 = "stablehlo.slice"(%160) {limit_indices = array<i64: 1, 64, 6, 16>, start_indices = array<i64: 0, 0, 0, 8>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>) -> tensor<1x64x6x8xf32>
      %194 = "stablehlo.negate"(%193) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x8xf32>) -> tensor<1x64x6x8xf32>
      %195 = "stablehlo.concatenate"(%194, %192) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x64x6x8xf32>, tensor<1x64x6x8xf32>) -> tensor<1x64x6x16xf32>
      %196 = "stablehlo.multiply"(%160, %189) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>, tensor<1x64x6x16xf32>) -> tensor<1x64x6x16xf32>
      %197 = "stablehlo.multiply"(%195, %191) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>, tensor<1x64x6x16xf32>) -> tensor<1x64x6x16xf32>
      %198 = "stablehlo.add"(%196, %197) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>, tensor<1x64x6x16xf32>) -> tensor<1x64x6x16xf32>
      %199 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %200 = "stablehlo.broadcast_in_dim"(%199) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x64x6x16xf32>
      %201 = "stablehlo.multiply"(%181, %200) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>, tensor<1x64x6x16xf32>) -> tensor<1x64x6x16xf32>
      %202 = "stablehlo.reshape"(%201) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>) -> tensor<1x64x6x1x16xf32>
      %203 = "stablehlo.transpose"(%202) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<1x64x6x1x16xf32>) -> tensor<1x6x1x64x16xf32>
      %204 = "stablehlo.transpose"(%198) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>) -> tensor<1x6x64x16xf32>
      %205 = "stablehlo.transpose"(%164) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x64x6x16xf32>) -> tensor<1x6x64x16xf32>
      %206 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %207 = "stablehlo.broadcast_in_dim"(%206) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x1x64xf32>
      %208 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %209 = "stablehlo.broadcast_in_dim"(%208) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x1x64xf32>
      %210 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %211 = "stablehlo.broadcast_in_dim"(%210) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x1x64x16xf32>
      %212 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %213 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %451:10 = "stablehlo.while"(%213, %212, %203, %204, %205, %36, %37, %207, %209, %211) ({
      ^bb0(%214: tensor<i32>, %215: tensor<i32>, %216: tensor<1x6x1x64x16xf32>, %217: tensor<1x6x64x16xf32>, %218: tensor<1x6x64x16xf32>, %219: tensor<64xi32>, %220: tensor<i32>, %221: tensor<1x6x1x64xf32>, %222: tensor<1x6x1x64xf32>, %223: tensor<1x6x1x64x16xf32>):
        %224 = "stablehlo.compare"(%214, %215) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%224) : (tensor<i1>) -> ()
      }, {
      ^bb0(%225: tensor<i32>, %226: tensor<i32>, %227: tensor<1x6x1x64x16xf32>, %228: tensor<1x6x64x16xf32>, %229: tensor<1x6x64x16xf32>, %230: tensor<64xi32>, %231: tensor<i32>, %232: tensor<1x6x1x64xf32>, %233: tensor<1x6x1x64xf32>, %234: tensor<1x6x1x64x16xf32>):
        %235 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %236 = "stablehlo.subtract"(%231, %225) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %237 = "stablehlo.add"(%236, %235) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %238 = "stablehlo.remainder"(%237, %235) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %239 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<64xi32>
        %240 = "stablehlo.broadcast_in_dim"(%238) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<64xi32>
        %241 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %242 = "stablehlo.broadcast_in_dim"(%241) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<64xi32>
        %243 = "stablehlo.multiply"(%239, %242) {mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi32>
        %244 = "stablehlo.add"(%240, %243) {mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi32>
        %245 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %246 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %446:10 = "stablehlo.while"(%246, %245, %227, %228, %229, %230, %244, %232, %233, %234) ({
        ^bb0(%247: tensor<i32>, %248: tensor<i32>, %249: tensor<1x6x1x64x16xf32>, %250: tensor<1x6x64x16xf32>, %251: tensor<1x6x64x16xf32>, %252: tensor<64xi32>, %253: tensor<64xi32>, %254: tensor<1x6x1x64xf32>, %255: tensor<1x6x1x64xf32>, %256: tensor<1x6x1x64x16xf32>):
          %257 = "stablehlo.compare"(%247, %248) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%257) : (tensor<i1>) -> ()
        }, {
        ^bb0(%258: tensor<i32>, %259: tensor<i32>, %260: tensor<1x6x1x64x16xf32>, %261: tensor<1x6x64x16xf32>, %262: tensor<1x6x64x16xf32>, %263: tensor<64xi32>, %264: tensor<64xi32>, %265: tensor<1x6x1x64xf32>, %266: tensor<1x6x1x64xf32>, %267: tensor<1x6x1x64x16xf32>):
          %268 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %269 = "stablehlo.multiply"(%258, %268) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %270 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %271 = "stablehlo.dynamic_slice"(%260, %270, %270, %270, %269, %270) {slice_sizes = array<i64: 1, 6, 1, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x32x16xf32>
          %272 = "stablehlo.reshape"(%271) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x32x16xf32>) -> tensor<1x6x32x16xf32>
          %273 = "stablehlo.dynamic_slice"(%263, %269) {slice_sizes = array<i64: 32>, mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<i32>) -> tensor<32xi32>
          %274 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %275 = "stablehlo.dynamic_slice"(%265, %274, %274, %274, %269) {slice_sizes = array<i64: 1, 6, 1, 32>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x32xf32>
          %276 = "stablehlo.reshape"(%275) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x32xf32>) -> tensor<1x6x32xf32>
          %277 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %278 = "stablehlo.dynamic_slice"(%266, %277, %277, %277, %269) {slice_sizes = array<i64: 1, 6, 1, 32>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x32xf32>
          %279 = "stablehlo.reshape"(%278) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x32xf32>) -> tensor<1x6x32xf32>
          %280 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %281 = "stablehlo.dynamic_slice"(%267, %280, %280, %280, %269, %280) {slice_sizes = array<i64: 1, 6, 1, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x32x16xf32>
          %282 = "stablehlo.reshape"(%281) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x32x16xf32>) -> tensor<1x6x32x16xf32>
          %283 = "stablehlo.slice"(%273) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<32xi32>) -> tensor<1xi32>
          %284 = "stablehlo.reshape"(%283) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %285 = "stablehlo.slice"(%273) {limit_indices = array<i64: 32>, start_indices = array<i64: 31>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<32xi32>) -> tensor<1xi32>
          %286 = "stablehlo.reshape"(%285) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %287 = "stablehlo.slice"(%264) {limit_indices = array<i64: 64>, start_indices = array<i64: 0>, strides = array<i64: 32>, mhlo.sharding = "{manual}"} : (tensor<64xi32>) -> tensor<2xi32>
          %288 = "stablehlo.slice"(%264) {limit_indices = array<i64: 64>, start_indices = array<i64: 31>, strides = array<i64: 32>, mhlo.sharding = "{manual}"} : (tensor<64xi32>) -> tensor<2xi32>
          %289 = "stablehlo.broadcast_in_dim"(%286) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %290 = "stablehlo.compare"(%287, %289) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %291 = "stablehlo.convert"(%290) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %292 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %293 = "stablehlo.reduce"(%291, %292) ({
          ^bb0(%294: tensor<i32>, %295: tensor<i32>):
            %296 = "stablehlo.add"(%294, %295) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%296) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %297 = "stablehlo.broadcast_in_dim"(%284) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
          %298 = "stablehlo.compare"(%288, %297) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
          %299 = "stablehlo.convert"(%298) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
          %300 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %301 = "stablehlo.reduce"(%299, %300) ({
          ^bb0(%302: tensor<i32>, %303: tensor<i32>):
            %304 = "stablehlo.add"(%302, %303) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%304) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
          %305 = "stablehlo.minimum"(%301, %293) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %306 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %365:10 = "stablehlo.while"(%306, %305, %272, %273, %261, %262, %264, %276, %279, %282) ({
          ^bb0(%307: tensor<i32>, %308: tensor<i32>, %309: tensor<1x6x32x16xf32>, %310: tensor<32xi32>, %311: tensor<1x6x64x16xf32>, %312: tensor<1x6x64x16xf32>, %313: tensor<64xi32>, %314: tensor<1x6x32xf32>, %315: tensor<1x6x32xf32>, %316: tensor<1x6x32x16xf32>):
            %317 = "stablehlo.compare"(%307, %308) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%317) : (tensor<i1>) -> ()
          }, {
          ^bb0(%318: tensor<i32>, %319: tensor<i32>, %320: tensor<1x6x32x16xf32>, %321: tensor<32xi32>, %322: tensor<1x6x64x16xf32>, %323: tensor<1x6x64x16xf32>, %324: tensor<64xi32>, %325: tensor<1x6x32xf32>, %326: tensor<1x6x32xf32>, %327: tensor<1x6x32x16xf32>):
            %328 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %329 = "stablehlo.multiply"(%318, %328) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %330 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %331 = "stablehlo.dynamic_slice"(%322, %330, %330, %329, %330) {slice_sizes = array<i64: 1, 6, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x32x16xf32>
            %332 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %333 = "stablehlo.dynamic_slice"(%323, %332, %332, %329, %332) {slice_sizes = array<i64: 1, 6, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x32x16xf32>
            %334 = "stablehlo.dot_general"(%320, %331) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x32xf32>
            %335 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %336 = "stablehlo.reduce"(%334, %335) ({
            ^bb0(%337: tensor<f32>, %338: tensor<f32>):
              %339 = "stablehlo.maximum"(%337, %338) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%339) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<f32>) -> tensor<1x6x32xf32>
            %340 = "stablehlo.maximum"(%325, %336) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %341 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %342 = "stablehlo.broadcast_in_dim"(%341) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32xf32>
            %343 = "stablehlo.compare"(%340, %342) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xi1>
            %344 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %345 = "stablehlo.broadcast_in_dim"(%344) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32xf32>
            %346 = "stablehlo.select"(%343, %345, %340) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xi1>, tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %347 = "stablehlo.broadcast_in_dim"(%346) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32x32xf32>
            %348 = "stablehlo.subtract"(%334, %347) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
            %349 = "stablehlo.exponential"(%348) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
            %350 = "stablehlo.subtract"(%325, %346) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %351 = "stablehlo.exponential"(%350) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %352 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %353 = "stablehlo.reduce"(%349, %352) ({
            ^bb0(%354: tensor<f32>, %355: tensor<f32>):
              %356 = "stablehlo.add"(%354, %355) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%356) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<f32>) -> tensor<1x6x32xf32>
            %357 = "stablehlo.multiply"(%326, %351) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %358 = "stablehlo.add"(%357, %353) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %359 = "stablehlo.dot_general"(%349, %333) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
            %360 = "stablehlo.broadcast_in_dim"(%351) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32x16xf32>
            %361 = "stablehlo.multiply"(%327, %360) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
            %362 = "stablehlo.add"(%361, %359) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
            %363 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %364 = "stablehlo.add"(%318, %363) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%364, %319, %320, %321, %322, %323, %324, %340, %358, %362) : (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>)
          %434:10 = "stablehlo.while"(%305, %293, %365#2, %365#3, %365#4, %365#5, %365#6, %365#7, %365#8, %365#9) ({
          ^bb0(%366: tensor<i32>, %367: tensor<i32>, %368: tensor<1x6x32x16xf32>, %369: tensor<32xi32>, %370: tensor<1x6x64x16xf32>, %371: tensor<1x6x64x16xf32>, %372: tensor<64xi32>, %373: tensor<1x6x32xf32>, %374: tensor<1x6x32xf32>, %375: tensor<1x6x32x16xf32>):
            %376 = "stablehlo.compare"(%366, %367) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%376) : (tensor<i1>) -> ()
          }, {
          ^bb0(%377: tensor<i32>, %378: tensor<i32>, %379: tensor<1x6x32x16xf32>, %380: tensor<32xi32>, %381: tensor<1x6x64x16xf32>, %382: tensor<1x6x64x16xf32>, %383: tensor<64xi32>, %384: tensor<1x6x32xf32>, %385: tensor<1x6x32xf32>, %386: tensor<1x6x32x16xf32>):
            %387 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %388 = "stablehlo.multiply"(%377, %387) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %389 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %390 = "stablehlo.dynamic_slice"(%381, %389, %389, %388, %389) {slice_sizes = array<i64: 1, 6, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x32x16xf32>
            %391 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %392 = "stablehlo.dynamic_slice"(%382, %391, %391, %388, %391) {slice_sizes = array<i64: 1, 6, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x32x16xf32>
            %393 = "stablehlo.dot_general"(%379, %390) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x32xf32>
            %394 = "stablehlo.dynamic_slice"(%383, %388) {slice_sizes = array<i64: 32>, mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<i32>) -> tensor<32xi32>
            %395 = "stablehlo.broadcast_in_dim"(%380) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<32xi32>) -> tensor<1x32x32xi32>
            %396 = "stablehlo.reshape"(%395) {mhlo.sharding = "{manual}"} : (tensor<1x32x32xi32>) -> tensor<32x32xi32>
            %397 = "stablehlo.broadcast_in_dim"(%394) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<32xi32>) -> tensor<1x32x32xi32>
            %398 = "stablehlo.reshape"(%397) {mhlo.sharding = "{manual}"} : (tensor<1x32x32xi32>) -> tensor<32x32xi32>
            %399 = "stablehlo.compare"(%398, %396) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<32x32xi32>, tensor<32x32xi32>) -> tensor<32x32xi1>
            %400 = "stablehlo.broadcast_in_dim"(%399) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<32x32xi1>) -> tensor<1x6x32x32xi1>
            %401 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %402 = "stablehlo.broadcast_in_dim"(%401) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32x32xf32>
            %403 = "stablehlo.select"(%400, %393, %402) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xi1>, tensor<1x6x32x32xf32>, tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
            %404 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %405 = "stablehlo.reduce"(%403, %404) ({
            ^bb0(%406: tensor<f32>, %407: tensor<f32>):
              %408 = "stablehlo.maximum"(%406, %407) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%408) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<f32>) -> tensor<1x6x32xf32>
            %409 = "stablehlo.maximum"(%384, %405) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %410 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %411 = "stablehlo.broadcast_in_dim"(%410) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32xf32>
            %412 = "stablehlo.compare"(%409, %411) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xi1>
            %413 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %414 = "stablehlo.broadcast_in_dim"(%413) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32xf32>
            %415 = "stablehlo.select"(%412, %414, %409) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xi1>, tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %416 = "stablehlo.broadcast_in_dim"(%415) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32x32xf32>
            %417 = "stablehlo.subtract"(%403, %416) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
            %418 = "stablehlo.exponential"(%417) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
            %419 = "stablehlo.subtract"(%384, %415) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %420 = "stablehlo.exponential"(%419) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %421 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %422 = "stablehlo.reduce"(%418, %421) ({
            ^bb0(%423: tensor<f32>, %424: tensor<f32>):
              %425 = "stablehlo.add"(%423, %424) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%425) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<f32>) -> tensor<1x6x32xf32>
            %426 = "stablehlo.multiply"(%385, %420) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %427 = "stablehlo.add"(%426, %422) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
            %428 = "stablehlo.dot_general"(%418, %392) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
            %429 = "stablehlo.broadcast_in_dim"(%420) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32x16xf32>
            %430 = "stablehlo.multiply"(%386, %429) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
            %431 = "stablehlo.add"(%430, %428) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
            %432 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %433 = "stablehlo.add"(%377, %432) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%433, %378, %379, %380, %381, %382, %383, %409, %427, %431) : (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>)
          %435 = "stablehlo.reshape"(%434#7) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x1x32xf32>
          %436 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %437 = "stablehlo.dynamic_update_slice"(%265, %435, %436, %436, %436, %269) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>, tensor<1x6x1x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x64xf32>
          %438 = "stablehlo.reshape"(%434#8) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x1x32xf32>
          %439 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %440 = "stablehlo.dynamic_update_slice"(%266, %438, %439, %439, %439, %269) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>, tensor<1x6x1x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x64xf32>
          %441 = "stablehlo.reshape"(%434#9) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>) -> tensor<1x6x1x32x16xf32>
          %442 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %443 = "stablehlo.dynamic_update_slice"(%267, %441, %442, %442, %442, %269, %442) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x64x16xf32>, tensor<1x6x1x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x64x16xf32>
          %444 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %445 = "stablehlo.add"(%258, %444) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%445, %259, %260, %261, %262, %263, %264, %437, %440, %443) : (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<64xi32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<64xi32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<64xi32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>)
        %447 = "stablehlo.collective_permute"(%228) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 0]]> : tensor<2x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>) -> tensor<1x6x64x16xf32>
        %448 = "stablehlo.collective_permute"(%229) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 0]]> : tensor<2x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>) -> tensor<1x6x64x16xf32>
        %449 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %450 = "stablehlo.add"(%225, %449) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%450, %226, %446#2, %447, %448, %446#5, %231, %446#7, %446#8, %446#9) : (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<i32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<i32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<i32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>)
      %452 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %453 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %454 = "stablehlo.subtract"(%451#6, %452) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %455 = "stablehlo.add"(%454, %453) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %456 = "stablehlo.remainder"(%455, %453) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %457 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<64xi32>
      %458 = "stablehlo.broadcast_in_dim"(%456) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<64xi32>
      %459 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %460 = "stablehlo.broadcast_in_dim"(%459) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<64xi32>
      %461 = "stablehlo.multiply"(%457, %460) {mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi32>
      %462 = "stablehlo.add"(%458, %461) {mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<64xi32>) -> tensor<64xi32>
      %463 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %464 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %664:10 = "stablehlo.while"(%464, %463, %451#2, %451#3, %451#4, %451#5, %462, %451#7, %451#8, %451#9) ({
      ^bb0(%465: tensor<i32>, %466: tensor<i32>, %467: tensor<1x6x1x64x16xf32>, %468: tensor<1x6x64x16xf32>, %469: tensor<1x6x64x16xf32>, %470: tensor<64xi32>, %471: tensor<64xi32>, %472: tensor<1x6x1x64xf32>, %473: tensor<1x6x1x64xf32>, %474: tensor<1x6x1x64x16xf32>):
        %475 = "stablehlo.compare"(%465, %466) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%475) : (tensor<i1>) -> ()
      }, {
      ^bb0(%476: tensor<i32>, %477: tensor<i32>, %478: tensor<1x6x1x64x16xf32>, %479: tensor<1x6x64x16xf32>, %480: tensor<1x6x64x16xf32>, %481: tensor<64xi32>, %482: tensor<64xi32>, %483: tensor<1x6x1x64xf32>, %484: tensor<1x6x1x64xf32>, %485: tensor<1x6x1x64x16xf32>):
        %486 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %487 = "stablehlo.multiply"(%476, %486) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %488 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %489 = "stablehlo.dynamic_slice"(%478, %488, %488, %488, %487, %488) {slice_sizes = array<i64: 1, 6, 1, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x32x16xf32>
        %490 = "stablehlo.reshape"(%489) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x32x16xf32>) -> tensor<1x6x32x16xf32>
        %491 = "stablehlo.dynamic_slice"(%481, %487) {slice_sizes = array<i64: 32>, mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<i32>) -> tensor<32xi32>
        %492 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %493 = "stablehlo.dynamic_slice"(%483, %492, %492, %492, %487) {slice_sizes = array<i64: 1, 6, 1, 32>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x32xf32>
        %494 = "stablehlo.reshape"(%493) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x32xf32>) -> tensor<1x6x32xf32>
        %495 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %496 = "stablehlo.dynamic_slice"(%484, %495, %495, %495, %487) {slice_sizes = array<i64: 1, 6, 1, 32>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x32xf32>
        %497 = "stablehlo.reshape"(%496) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x32xf32>) -> tensor<1x6x32xf32>
        %498 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %499 = "stablehlo.dynamic_slice"(%485, %498, %498, %498, %487, %498) {slice_sizes = array<i64: 1, 6, 1, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x32x16xf32>
        %500 = "stablehlo.reshape"(%499) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x32x16xf32>) -> tensor<1x6x32x16xf32>
        %501 = "stablehlo.slice"(%491) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<32xi32>) -> tensor<1xi32>
        %502 = "stablehlo.reshape"(%501) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %503 = "stablehlo.slice"(%491) {limit_indices = array<i64: 32>, start_indices = array<i64: 31>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<32xi32>) -> tensor<1xi32>
        %504 = "stablehlo.reshape"(%503) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %505 = "stablehlo.slice"(%482) {limit_indices = array<i64: 64>, start_indices = array<i64: 0>, strides = array<i64: 32>, mhlo.sharding = "{manual}"} : (tensor<64xi32>) -> tensor<2xi32>
        %506 = "stablehlo.slice"(%482) {limit_indices = array<i64: 64>, start_indices = array<i64: 31>, strides = array<i64: 32>, mhlo.sharding = "{manual}"} : (tensor<64xi32>) -> tensor<2xi32>
        %507 = "stablehlo.broadcast_in_dim"(%504) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %508 = "stablehlo.compare"(%505, %507) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %509 = "stablehlo.convert"(%508) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %510 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %511 = "stablehlo.reduce"(%509, %510) ({
        ^bb0(%512: tensor<i32>, %513: tensor<i32>):
          %514 = "stablehlo.add"(%512, %513) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%514) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %515 = "stablehlo.broadcast_in_dim"(%502) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<2xi32>
        %516 = "stablehlo.compare"(%506, %515) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
        %517 = "stablehlo.convert"(%516) {mhlo.sharding = "{manual}"} : (tensor<2xi1>) -> tensor<2xi32>
        %518 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %519 = "stablehlo.reduce"(%517, %518) ({
        ^bb0(%520: tensor<i32>, %521: tensor<i32>):
          %522 = "stablehlo.add"(%520, %521) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%522) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
        %523 = "stablehlo.minimum"(%519, %511) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %524 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %583:10 = "stablehlo.while"(%524, %523, %490, %491, %479, %480, %482, %494, %497, %500) ({
        ^bb0(%525: tensor<i32>, %526: tensor<i32>, %527: tensor<1x6x32x16xf32>, %528: tensor<32xi32>, %529: tensor<1x6x64x16xf32>, %530: tensor<1x6x64x16xf32>, %531: tensor<64xi32>, %532: tensor<1x6x32xf32>, %533: tensor<1x6x32xf32>, %534: tensor<1x6x32x16xf32>):
          %535 = "stablehlo.compare"(%525, %526) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%535) : (tensor<i1>) -> ()
        }, {
        ^bb0(%536: tensor<i32>, %537: tensor<i32>, %538: tensor<1x6x32x16xf32>, %539: tensor<32xi32>, %540: tensor<1x6x64x16xf32>, %541: tensor<1x6x64x16xf32>, %542: tensor<64xi32>, %543: tensor<1x6x32xf32>, %544: tensor<1x6x32xf32>, %545: tensor<1x6x32x16xf32>):
          %546 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %547 = "stablehlo.multiply"(%536, %546) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %548 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %549 = "stablehlo.dynamic_slice"(%540, %548, %548, %547, %548) {slice_sizes = array<i64: 1, 6, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x32x16xf32>
          %550 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %551 = "stablehlo.dynamic_slice"(%541, %550, %550, %547, %550) {slice_sizes = array<i64: 1, 6, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x32x16xf32>
          %552 = "stablehlo.dot_general"(%538, %549) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x32xf32>
          %553 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %554 = "stablehlo.reduce"(%552, %553) ({
          ^bb0(%555: tensor<f32>, %556: tensor<f32>):
            %557 = "stablehlo.maximum"(%555, %556) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%557) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<f32>) -> tensor<1x6x32xf32>
          %558 = "stablehlo.maximum"(%543, %554) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %559 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %560 = "stablehlo.broadcast_in_dim"(%559) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32xf32>
          %561 = "stablehlo.compare"(%558, %560) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xi1>
          %562 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %563 = "stablehlo.broadcast_in_dim"(%562) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32xf32>
          %564 = "stablehlo.select"(%561, %563, %558) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xi1>, tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %565 = "stablehlo.broadcast_in_dim"(%564) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32x32xf32>
          %566 = "stablehlo.subtract"(%552, %565) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
          %567 = "stablehlo.exponential"(%566) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
          %568 = "stablehlo.subtract"(%543, %564) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %569 = "stablehlo.exponential"(%568) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %570 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %571 = "stablehlo.reduce"(%567, %570) ({
          ^bb0(%572: tensor<f32>, %573: tensor<f32>):
            %574 = "stablehlo.add"(%572, %573) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%574) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<f32>) -> tensor<1x6x32xf32>
          %575 = "stablehlo.multiply"(%544, %569) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %576 = "stablehlo.add"(%575, %571) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %577 = "stablehlo.dot_general"(%567, %551) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
          %578 = "stablehlo.broadcast_in_dim"(%569) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32x16xf32>
          %579 = "stablehlo.multiply"(%545, %578) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
          %580 = "stablehlo.add"(%579, %577) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
          %581 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %582 = "stablehlo.add"(%536, %581) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%582, %537, %538, %539, %540, %541, %542, %558, %576, %580) : (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>)
        %652:10 = "stablehlo.while"(%523, %511, %583#2, %583#3, %583#4, %583#5, %583#6, %583#7, %583#8, %583#9) ({
        ^bb0(%584: tensor<i32>, %585: tensor<i32>, %586: tensor<1x6x32x16xf32>, %587: tensor<32xi32>, %588: tensor<1x6x64x16xf32>, %589: tensor<1x6x64x16xf32>, %590: tensor<64xi32>, %591: tensor<1x6x32xf32>, %592: tensor<1x6x32xf32>, %593: tensor<1x6x32x16xf32>):
          %594 = "stablehlo.compare"(%584, %585) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%594) : (tensor<i1>) -> ()
        }, {
        ^bb0(%595: tensor<i32>, %596: tensor<i32>, %597: tensor<1x6x32x16xf32>, %598: tensor<32xi32>, %599: tensor<1x6x64x16xf32>, %600: tensor<1x6x64x16xf32>, %601: tensor<64xi32>, %602: tensor<1x6x32xf32>, %603: tensor<1x6x32xf32>, %604: tensor<1x6x32x16xf32>):
          %605 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %606 = "stablehlo.multiply"(%595, %605) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %607 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %608 = "stablehlo.dynamic_slice"(%599, %607, %607, %606, %607) {slice_sizes = array<i64: 1, 6, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x32x16xf32>
          %609 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %610 = "stablehlo.dynamic_slice"(%600, %609, %609, %606, %609) {slice_sizes = array<i64: 1, 6, 32, 16>, mhlo.sharding = "{manual}"} : (tensor<1x6x64x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x32x16xf32>
          %611 = "stablehlo.dot_general"(%597, %608) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x32xf32>
          %612 = "stablehlo.dynamic_slice"(%601, %606) {slice_sizes = array<i64: 32>, mhlo.sharding = "{manual}"} : (tensor<64xi32>, tensor<i32>) -> tensor<32xi32>
          %613 = "stablehlo.broadcast_in_dim"(%598) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<32xi32>) -> tensor<1x32x32xi32>
          %614 = "stablehlo.reshape"(%613) {mhlo.sharding = "{manual}"} : (tensor<1x32x32xi32>) -> tensor<32x32xi32>
          %615 = "stablehlo.broadcast_in_dim"(%612) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<32xi32>) -> tensor<1x32x32xi32>
          %616 = "stablehlo.reshape"(%615) {mhlo.sharding = "{manual}"} : (tensor<1x32x32xi32>) -> tensor<32x32xi32>
          %617 = "stablehlo.compare"(%616, %614) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<32x32xi32>, tensor<32x32xi32>) -> tensor<32x32xi1>
          %618 = "stablehlo.broadcast_in_dim"(%617) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<32x32xi1>) -> tensor<1x6x32x32xi1>
          %619 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %620 = "stablehlo.broadcast_in_dim"(%619) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32x32xf32>
          %621 = "stablehlo.select"(%618, %611, %620) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xi1>, tensor<1x6x32x32xf32>, tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
          %622 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %623 = "stablehlo.reduce"(%621, %622) ({
          ^bb0(%624: tensor<f32>, %625: tensor<f32>):
            %626 = "stablehlo.maximum"(%624, %625) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%626) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<f32>) -> tensor<1x6x32xf32>
          %627 = "stablehlo.maximum"(%602, %623) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %628 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %629 = "stablehlo.broadcast_in_dim"(%628) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32xf32>
          %630 = "stablehlo.compare"(%627, %629) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xi1>
          %631 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %632 = "stablehlo.broadcast_in_dim"(%631) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x6x32xf32>
          %633 = "stablehlo.select"(%630, %632, %627) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xi1>, tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %634 = "stablehlo.broadcast_in_dim"(%633) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32x32xf32>
          %635 = "stablehlo.subtract"(%621, %634) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
          %636 = "stablehlo.exponential"(%635) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>) -> tensor<1x6x32x32xf32>
          %637 = "stablehlo.subtract"(%602, %633) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %638 = "stablehlo.exponential"(%637) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %639 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %640 = "stablehlo.reduce"(%636, %639) ({
          ^bb0(%641: tensor<f32>, %642: tensor<f32>):
            %643 = "stablehlo.add"(%641, %642) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%643) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<f32>) -> tensor<1x6x32xf32>
          %644 = "stablehlo.multiply"(%603, %638) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %645 = "stablehlo.add"(%644, %640) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>, tensor<1x6x32xf32>) -> tensor<1x6x32xf32>
          %646 = "stablehlo.dot_general"(%636, %610) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x6x32x32xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
          %647 = "stablehlo.broadcast_in_dim"(%638) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x32x16xf32>
          %648 = "stablehlo.multiply"(%604, %647) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
          %649 = "stablehlo.add"(%648, %646) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>, tensor<1x6x32x16xf32>) -> tensor<1x6x32x16xf32>
          %650 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %651 = "stablehlo.add"(%595, %650) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%651, %596, %597, %598, %599, %600, %601, %627, %645, %649) : (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x6x32x16xf32>, tensor<32xi32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<1x6x32xf32>, tensor<1x6x32xf32>, tensor<1x6x32x16xf32>)
        %653 = "stablehlo.reshape"(%652#7) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x1x32xf32>
        %654 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %655 = "stablehlo.dynamic_update_slice"(%483, %653, %654, %654, %654, %487) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>, tensor<1x6x1x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x64xf32>
        %656 = "stablehlo.reshape"(%652#8) {mhlo.sharding = "{manual}"} : (tensor<1x6x32xf32>) -> tensor<1x6x1x32xf32>
        %657 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %658 = "stablehlo.dynamic_update_slice"(%484, %656, %657, %657, %657, %487) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>, tensor<1x6x1x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x64xf32>
        %659 = "stablehlo.reshape"(%652#9) {mhlo.sharding = "{manual}"} : (tensor<1x6x32x16xf32>) -> tensor<1x6x1x32x16xf32>
        %660 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %661 = "stablehlo.dynamic_update_slice"(%485, %659, %660, %660, %660, %487, %660) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x64x16xf32>, tensor<1x6x1x32x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x6x1x64x16xf32>
        %662 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %663 = "stablehlo.add"(%476, %662) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%663, %477, %478, %479, %480, %481, %482, %655, %658, %661) : (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<64xi32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<64xi32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x6x1x64x16xf32>, tensor<1x6x64x16xf32>, tensor<1x6x64x16xf32>, tensor<64xi32>, tensor<64xi32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64xf32>, tensor<1x6x1x64x16xf32>)
      %665 = "stablehlo.broadcast_in_dim"(%664#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64xf32>) -> tensor<1x6x1x64x16xf32>
      %666 = "stablehlo.divide"(%664#9, %665) {mhlo.sharding = "{manual}"} : (tensor<1x6x1x64x16xf32>, tensor<1x6x1x64x16xf32>) -> tensor<1x6x1x64x16xf32>
      %667 = "stablehlo.transpose"(%666) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x6x1x64x16xf32>) -> tensor<1x64x6x1x16xf32>
      %668 = "stablehlo.reshape"(%667) {mhlo.sharding = "{manual}"} : (tensor<1x64x6x1x16xf32>) -> tensor<1x64x96xf32>
      %669 = "stablehlo.dot_general"(%668, %78) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<96x96xf32>) -> tensor<1x64x96xf32>
      %670 = "stablehlo.broadcast_in_dim"(%81) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x64x96xf32>
      %671 = "stablehlo.add"(%669, %670) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<1x64x96xf32>) -> tensor<1x64x96xf32>
      %672 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %673 = "stablehlo.broadcast_in_dim"(%672) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x64x96xf32>
      %674 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %675 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %767:11 = "stablehlo.while"(%675, %674, %35, %671, %84, %87, %90, %93, %54, %57, %673) ({
      ^bb0(%676: tensor<i32>, %677: tensor<i32>, %678: tensor<1x64x96xf32>, %679: tensor<1x64x96xf32>, %680: tensor<384x96xf32>, %681: tensor<384xf32>, %682: tensor<96x384xf32>, %683: tensor<96xf32>, %684: tensor<96xf32>, %685: tensor<96xf32>, %686: tensor<1x64x96xf32>):
        %687 = "stablehlo.compare"(%676, %677) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%687) : (tensor<i1>) -> ()
      }, {
      ^bb0(%688: tensor<i32>, %689: tensor<i32>, %690: tensor<1x64x96xf32>, %691: tensor<1x64x96xf32>, %692: tensor<384x96xf32>, %693: tensor<384xf32>, %694: tensor<96x384xf32>, %695: tensor<96xf32>, %696: tensor<96xf32>, %697: tensor<96xf32>, %698: tensor<1x64x96xf32>):
        %699 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %700 = "stablehlo.multiply"(%688, %699) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %701 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %702 = "stablehlo.dynamic_slice"(%690, %701, %700, %701) {slice_sizes = array<i64: 1, 32, 96>, mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x96xf32>
        %703 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %704 = "stablehlo.dynamic_slice"(%691, %703, %700, %703) {slice_sizes = array<i64: 1, 32, 96>, mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x96xf32>
        %705 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %706 = "stablehlo.reduce"(%702, %705) ({
        ^bb0(%707: tensor<f32>, %708: tensor<f32>):
          %709 = "stablehlo.add"(%707, %708) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%709) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<f32>) -> tensor<1x32xf32>
        %710 = "stablehlo.constant"() {value = dense<96.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %711 = "stablehlo.broadcast_in_dim"(%710) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32xf32>
        %712 = "stablehlo.divide"(%706, %711) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
        %713 = "stablehlo.reshape"(%712) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x1xf32>
        %714 = "stablehlo.reshape"(%713) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32xf32>
        %715 = "stablehlo.broadcast_in_dim"(%714) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x96xf32>
        %716 = "stablehlo.subtract"(%702, %715) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %717 = "stablehlo.multiply"(%716, %716) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %718 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %719 = "stablehlo.reduce"(%717, %718) ({
        ^bb0(%720: tensor<f32>, %721: tensor<f32>):
          %722 = "stablehlo.add"(%720, %721) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%722) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<f32>) -> tensor<1x32xf32>
        %723 = "stablehlo.constant"() {value = dense<96.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %724 = "stablehlo.broadcast_in_dim"(%723) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32xf32>
        %725 = "stablehlo.divide"(%719, %724) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
        %726 = "stablehlo.reshape"(%725) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x1xf32>
        %727 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %728 = "stablehlo.broadcast_in_dim"(%727) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1xf32>
        %729 = "stablehlo.add"(%726, %728) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>, tensor<1x32x1xf32>) -> tensor<1x32x1xf32>
        %730 = "stablehlo.rsqrt"(%729) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32x1xf32>
        %731 = "stablehlo.reshape"(%730) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32xf32>
        %732 = "stablehlo.broadcast_in_dim"(%731) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x96xf32>
        %733 = "stablehlo.multiply"(%716, %732) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %734 = "stablehlo.broadcast_in_dim"(%696) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x32x96xf32>
        %735 = "stablehlo.multiply"(%733, %734) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %736 = "stablehlo.broadcast_in_dim"(%697) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x32x96xf32>
        %737 = "stablehlo.add"(%735, %736) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %738 = "stablehlo.add"(%702, %704) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %739 = "stablehlo.dot_general"(%737, %692) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<384x96xf32>) -> tensor<1x32x384xf32>
        %740 = "stablehlo.broadcast_in_dim"(%693) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<384xf32>) -> tensor<1x32x384xf32>
        %741 = "stablehlo.add"(%739, %740) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %742 = "stablehlo.multiply"(%741, %741) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %743 = "stablehlo.multiply"(%742, %741) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %744 = "stablehlo.constant"() {value = dense<0.7978846> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %745 = "stablehlo.broadcast_in_dim"(%744) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x384xf32>
        %746 = "stablehlo.constant"() {value = dense<0.044715> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %747 = "stablehlo.broadcast_in_dim"(%746) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x384xf32>
        %748 = "stablehlo.multiply"(%747, %743) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %749 = "stablehlo.add"(%741, %748) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %750 = "stablehlo.multiply"(%745, %749) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %751 = "stablehlo.constant"() {value = dense<0.5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %752 = "stablehlo.broadcast_in_dim"(%751) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x384xf32>
        %753 = "stablehlo.multiply"(%752, %741) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %754 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %755 = "stablehlo.broadcast_in_dim"(%754) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x384xf32>
        %756 = "stablehlo.tanh"(%750) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %757 = "stablehlo.add"(%755, %756) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %758 = "stablehlo.multiply"(%753, %757) {mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<1x32x384xf32>) -> tensor<1x32x384xf32>
        %759 = "stablehlo.dot_general"(%758, %694) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x32x384xf32>, tensor<96x384xf32>) -> tensor<1x32x96xf32>
        %760 = "stablehlo.broadcast_in_dim"(%695) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x32x96xf32>
        %761 = "stablehlo.add"(%759, %760) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %762 = "stablehlo.add"(%738, %761) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
        %763 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %764 = "stablehlo.dynamic_update_slice"(%698, %762, %763, %700, %763) {mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<1x32x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x96xf32>
        %765 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %766 = "stablehlo.add"(%688, %765) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%766, %689, %690, %691, %692, %693, %694, %695, %696, %697, %764) : (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<1x64x96xf32>, tensor<384x96xf32>, tensor<384xf32>, tensor<96x384xf32>, tensor<96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<1x64x96xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<1x64x96xf32>, tensor<384x96xf32>, tensor<384xf32>, tensor<96x384xf32>, tensor<96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<1x64x96xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<1x64x96xf32>, tensor<384x96xf32>, tensor<384xf32>, tensor<96x384xf32>, tensor<96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<1x64x96xf32>)
      %768 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %769 = "stablehlo.add"(%33, %768) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%769, %34, %767#10, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %47, %48, %49, %50, %51) : (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<64xi32>, tensor<i32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96x96xf32>, tensor<2x96x96xf32>, tensor<2x96x96xf32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96x96xf32>, tensor<2x96xf32>, tensor<2x384x96xf32>, tensor<2x384xf32>, tensor<2x96x384xf32>, tensor<2x96xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<64xi32>, tensor<i32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96x96xf32>, tensor<2x96x96xf32>, tensor<2x96x96xf32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96x96xf32>, tensor<2x96xf32>, tensor<2x384x96xf32>, tensor<2x384xf32>, tensor<2x96x384xf32>, tensor<2x96xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<64xi32>, tensor<i32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96x96xf32>, tensor<2x96x96xf32>, tensor<2x96x96xf32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96xf32>, tensor<2x96x96xf32>, tensor<2x96xf32>, tensor<2x384x96xf32>, tensor<2x384xf32>, tensor<2x96x384xf32>, tensor<2x96xf32>)
    %771 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %772 = "stablehlo.broadcast_in_dim"(%771) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x64x320xf32>
    %773 = "stablehlo.constant"() {value = dense<2> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %774 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %832:7 = "stablehlo.while"(%774, %773, %770#2, %arg16, %arg17, %arg1, %772) ({
    ^bb0(%775: tensor<i32>, %776: tensor<i32>, %777: tensor<1x64x96xf32>, %778: tensor<96xf32>, %779: tensor<96xf32>, %780: tensor<320x96xf32>, %781: tensor<1x64x320xf32>):
      %782 = "stablehlo.compare"(%775, %776) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%782) : (tensor<i1>) -> ()
    }, {
    ^bb0(%783: tensor<i32>, %784: tensor<i32>, %785: tensor<1x64x96xf32>, %786: tensor<96xf32>, %787: tensor<96xf32>, %788: tensor<320x96xf32>, %789: tensor<1x64x320xf32>):
      %790 = "stablehlo.constant"() {value = dense<32> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %791 = "stablehlo.multiply"(%783, %790) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %792 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %793 = "stablehlo.dynamic_slice"(%785, %792, %791, %792) {slice_sizes = array<i64: 1, 32, 96>, mhlo.sharding = "{manual}"} : (tensor<1x64x96xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x96xf32>
      %794 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %795 = "stablehlo.reduce"(%793, %794) ({
      ^bb0(%796: tensor<f32>, %797: tensor<f32>):
        %798 = "stablehlo.add"(%796, %797) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%798) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<f32>) -> tensor<1x32xf32>
      %799 = "stablehlo.constant"() {value = dense<96.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %800 = "stablehlo.broadcast_in_dim"(%799) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32xf32>
      %801 = "stablehlo.divide"(%795, %800) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
      %802 = "stablehlo.reshape"(%801) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x1xf32>
      %803 = "stablehlo.reshape"(%802) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32xf32>
      %804 = "stablehlo.broadcast_in_dim"(%803) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x96xf32>
      %805 = "stablehlo.subtract"(%793, %804) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
      %806 = "stablehlo.multiply"(%805, %805) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
      %807 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %808 = "stablehlo.reduce"(%806, %807) ({
      ^bb0(%809: tensor<f32>, %810: tensor<f32>):
        %811 = "stablehlo.add"(%809, %810) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%811) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<f32>) -> tensor<1x32xf32>
      %812 = "stablehlo.constant"() {value = dense<96.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %813 = "stablehlo.broadcast_in_dim"(%812) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32xf32>
      %814 = "stablehlo.divide"(%808, %813) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>, tensor<1x32xf32>) -> tensor<1x32xf32>
      %815 = "stablehlo.reshape"(%814) {mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x1xf32>
      %816 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %817 = "stablehlo.broadcast_in_dim"(%816) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1xf32>
      %818 = "stablehlo.add"(%815, %817) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>, tensor<1x32x1xf32>) -> tensor<1x32x1xf32>
      %819 = "stablehlo.rsqrt"(%818) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32x1xf32>
      %820 = "stablehlo.reshape"(%819) {mhlo.sharding = "{manual}"} : (tensor<1x32x1xf32>) -> tensor<1x32xf32>
      %821 = "stablehlo.broadcast_in_dim"(%820) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x32xf32>) -> tensor<1x32x96xf32>
      %822 = "stablehlo.multiply"(%805, %821) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
      %823 = "stablehlo.broadcast_in_dim"(%786) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x32x96xf32>
      %824 = "stablehlo.multiply"(%822, %823) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
      %825 = "stablehlo.broadcast_in_dim"(%787) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<96xf32>) -> tensor<1x32x96xf32>
      %826 = "stablehlo.add"(%824, %825) {mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<1x32x96xf32>) -> tensor<1x32x96xf32>
      %827 = "stablehlo.dot_general"(%826, %788) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>], mhlo.sharding = "{manual}"} : (tensor<1x32x96xf32>, tensor<320x96xf32>) -> tensor<1x32x320xf32>
      %828 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %829 = "stablehlo.dynamic_update_slice"(%789, %827, %828, %791, %828) {mhlo.sharding = "{manual}"} : (tensor<1x64x320xf32>, tensor<1x32x320xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x64x320xf32>
      %830 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %831 = "stablehlo.add"(%783, %830) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%831, %784, %785, %786, %787, %788, %829) : (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<320x96xf32>, tensor<1x64x320xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<320x96xf32>, tensor<1x64x320xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x64x96xf32>, tensor<96xf32>, tensor<96xf32>, tensor<320x96xf32>, tensor<1x64x320xf32>)
    %833 = "stablehlo.reshape"(%832#6) {mhlo.sharding = "{manual}"} : (tensor<1x64x320xf32>) -> tensor<1x64x320xf32>
    return %833 : tensor<1x64x320xf32>
  }
}
