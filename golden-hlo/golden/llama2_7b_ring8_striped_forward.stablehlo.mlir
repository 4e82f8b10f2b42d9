module @llama2_7b_ring8_striped_forward attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x8192xi32> {mhlo.sharding = "{manual}"}, %arg1: tensor<32000x4096xbf16> {mhlo.sharding = "{manual}"}, %arg2: tensor<1x4096xbf16> {mhlo.sharding = "{manual}"}, %arg3: tensor<1x4096x4096xbf16> {mhlo.sharding = "{manual}"}, %arg4: tensor<1x4096x4096xbf16> {mhlo.sharding = "{manual}"}, %arg5: tensor<1x4096x4096xbf16> {mhlo.sharding = "{manual}"}, %arg6: tensor<1x4096x4096xbf16> {mhlo.sharding = "{manual}"}, %arg7: tensor<1x4096xbf16> {mhlo.sharding = "{manual}"}, %arg8: tensor<1x11008x4096xbf16> {mhlo.sharding = "{manual}"}, %arg9: tensor<1x11008x4096xbf16> {mhlo.sharding = "{manual}"}, %arg10: tensor<1x4096x11008xbf16> {mhlo.sharding = "{manual}"}, %arg11: tensor<4096xbf16> {mhlo.sharding = "{manual}"}, %arg12: tensor<32000x4096xbf16> {mhlo.sharding = "{manual}"}) -> (tensor<1x8192x32000xf32> {mhlo.sharding = "{manual}"}) {
    %0 = "stablehlo.gather"(%arg1, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4096>, mhlo.sharding = "{manual}"} : (tensor<32000x4096xbf16>, tensor<1x8192xi32>) -> tensor<1x8192x4096xbf16>
    %1 = "stablehlo.convert"(%0) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xbf16>) -> tensor<1x8192x4096xf32>
    %2 = "stablehlo.partition_id"() {mhlo.sharding = "{manual}"} : () -> tensor<ui32>
    %3 = "stablehlo.convert"(%2) {mhlo.sharding = "{manual}"} : (tensor<ui32>) -> tensor<i32>
    %4 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %5 = "stablehlo.remainder"(%3, %4) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %6 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8192xi32>
    %7 = "stablehlo.broadcast_in_dim"(%5) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8192xi32>
    %8 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %9 = "stablehlo.broadcast_in_dim"(%8) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8192xi32>
    %10 = "stablehlo.multiply"(%6, %9) {mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
    %11 = "stablehlo.add"(%7, %10) {mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
    %12 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %13 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %699:14 = "stablehlo.while"(%13, %12, %1, %11, %5, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) ({
    ^bb0(%14: tensor<i32>, %15: tensor<i32>, %16: tensor<1x8192x4096xf32>, %17: tensor<8192xi32>, %18: tensor<i32>, %19: tensor<1x4096xbf16>, %20: tensor<1x4096x4096xbf16>, %21: tensor<1x4096x4096xbf16>, %22: tensor<1x4096x4096xbf16>, %23: tensor<1x4096x4096xbf16>, %24: tensor<1x4096xbf16>, %25: tensor<1x11008x4096xbf16>, %26: tensor<1x11008x4096xbf16>, %27: tensor<1x4096x11008xbf16>):
      %28 = "stablehlo.compare"(%14, %15) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%28) : (tensor<i1>) -> ()
    }, {
    ^bb0(%29: tensor<i32>, %30: tensor<i32>, %31: tensor<1x8192x4096xf32>, %32: tensor<8192xi32>, %33: tensor<i32>, %34: tensor<1x4096xbf16>, %35: tensor<1x4096x4096xbf16>, %36: tensor<1x4096x4096xbf16>, %37: tensor<1x4096x4096xbf16>, %38: tensor<1x4096x4096xbf16>, %39: tensor<1x4096xbf16>, %40: tensor<1x11008x4096xbf16>, %41: tensor<1x11008x4096xbf16>, %42: tensor<1x4096x11008xbf16>):
      %43 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %44 = "stablehlo.dynamic_slice"(%34, %29, %43) {slice_sizes = array<i64: 1, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x4096xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x4096xbf16>
      %45 = "stablehlo.reshape"(%44) {mhlo.sharding = "{manual}"} : (tensor<1x4096xbf16>) -> tensor<4096xbf16>
      %46 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %47 = "stablehlo.dynamic_slice"(%35, %29, %46, %46) {slice_sizes = array<i64: 1, 4096, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %48 = "stablehlo.reshape"(%47) {mhlo.sharding = "{manual}"} : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %49 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %50 = "stablehlo.dynamic_slice"(%36, %29, %49, %49) {slice_sizes = array<i64: 1, 4096, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %51 = "stablehlo.reshape"(%50) {mhlo.sharding = "{manual}"} : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %52 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %53 = "stablehlo.dynamic_slice"(%37, %29, %52, %52) {slice_sizes = array<i64: 1, 4096, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %54 = "stablehlo.reshape"(%53) {mhlo.sharding = "{manual}"} : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %55 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %56 = "stablehlo.dynamic_slice"(%38, %29, %55, %55) {slice_sizes = array<i64: 1, 4096, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x4096x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x4096xbf16>
      %57 = "stablehlo.reshape"(%56) {mhlo.sharding = "{manual}"} : (tensor<1x4096x4096xbf16>) -> tensor<4096x4096xbf16>
      %58 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %59 = "stablehlo.dynamic_slice"(%39, %29, %58) {slice_sizes = array<i64: 1, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x4096xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x4096xbf16>
      %60 = "stablehlo.reshape"(%59) {mhlo.sharding = "{manual}"} : (tensor<1x4096xbf16>) -> tensor<4096xbf16>
      %61 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %62 = "stablehlo.dynamic_slice"(%40, %29, %61, %61) {slice_sizes = array<i64: 1, 11008, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x11008x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x11008x4096xbf16>
      %63 = "stablehlo.reshape"(%62) {mhlo.sharding = "{manual}"} : (tensor<1x11008x4096xbf16>) -> tensor<11008x4096xbf16>
      %64 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %65 = "stablehlo.dynamic_slice"(%41, %29, %64, %64) {slice_sizes = array<i64: 1, 11008, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x11008x4096xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x11008x4096xbf16>
      %66 = "stablehlo.reshape"(%65) {mhlo.sharding = "{manual}"} : (tensor<1x11008x4096xbf16>) -> tensor<11008x4096xbf16>
      %67 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %68 = "stablehlo.dynamic_slice"(%42, %29, %67, %67) {slice_sizes = array<i64: 1, 4096, 11008>, mhlo.sharding = "{manual}"} : (tensor<1x4096x11008xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x4096x11008xbf16>
      %69 = "stablehlo.reshape"(%68) {mhlo.sharding = "{manual}"} : (tensor<1x4096x11008xbf16>) -> tensor<4096x11008xbf16>
      %70 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %71 = "stablehlo.broadcast_in_dim"(%70) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8192x4096xf32>
      %72 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %73 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %113:5 = "stablehlo.while"(%73, %72, %31, %45, %71) ({
      ^bb0(%74: tensor<i32>, %75: tensor<i32>, %76: tensor<1x8192x4096xf32>, %77: tensor<4096xbf16>, %78: tensor<1x8192x4096xf32>):
        %79 = "stablehlo.compare"(%74, %75) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%79) : (tensor<i1>) -> ()
      }, {
      ^bb0(%80: tensor<i32>, %81: tensor<i32>, %82: tensor<1x8192x4096xf32>, %83: tensor<4096xbf16>, %84: tensor<1x8192x4096xf32>):
        %85 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %86 = "stablehlo.multiply"(%80, %85) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %87 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %88 = "stablehlo.dynamic_slice"(%82, %87, %86, %87) {slice_sizes = array<i64: 1, 1024, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
        %89 = "stablehlo.multiply"(%88, %88) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %90 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %91 = "stablehlo.reduce"(%89, %90) ({
        ^bb0(%92: tensor<f32>, %93: tensor<f32>):
          %94 = "stablehlo.add"(%92, %93) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%94) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
        %95 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %96 = "stablehlo.broadcast_in_dim"(%95) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x1024xf32>
        %97 = "stablehlo.divide"(%91, %96) {mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
        %98 = "stablehlo.reshape"(%97) {mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
        %99 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %100 = "stablehlo.broadcast_in_dim"(%99) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x1024x1xf32>
        %101 = "stablehlo.add"(%98, %100) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %102 = "stablehlo.rsqrt"(%101) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %103 = "stablehlo.reshape"(%102) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
        %104 = "stablehlo.broadcast_in_dim"(%103) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
        %105 = "stablehlo.multiply"(%88, %104) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %106 = "stablehlo.convert"(%83) {mhlo.sharding = "{manual}"} : (tensor<4096xbf16>) -> tensor<4096xf32>
        %107 = "stablehlo.broadcast_in_dim"(%106) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
        %108 = "stablehlo.multiply"(%105, %107) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %109 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %110 = "stablehlo.dynamic_update_slice"(%84, %108, %109, %86, %109) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>, tensor<1x1024x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x4096xf32>
        %111 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %112 = "stablehlo.add"(%80, %111) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%112, %81, %82, %83, %110) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<1x8192x4096xf32>)
      %114 = "stablehlo.convert"(%113#4) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %115 = "stablehlo.dot_general"(%114, %48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %116 = "stablehlo.reshape"(%115) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %117 = "stablehlo.convert"(%113#4) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %118 = "stablehlo.dot_general"(%117, %51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %119 = "stablehlo.reshape"(%118) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %120 = "stablehlo.convert"(%113#4) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %121 = "stablehlo.dot_general"(%120, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %122 = "stablehlo.reshape"(%121) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>) -> tensor<1x8192x32x128xf32>
      %123 = "stablehlo.constant"() {value = dense<[1.0, 0.86596435, 0.7498942, 0.64938164, 0.56234133, 0.48696753, 0.4216965, 0.36517414, 0.31622776, 0.27384198, 0.23713736, 0.2053525, 0.17782794, 0.15399265, 0.13335215, 0.1154782, 0.1, 0.08659643, 0.074989416, 0.064938165, 0.05623413, 0.048696753, 0.04216965, 0.03651741, 0.03162278, 0.027384195, 0.023713736, 0.020535251, 0.017782794, 0.015399265, 0.013335215, 0.01154782, 0.01, 0.008659643, 0.0074989423, 0.0064938166, 0.0056234132, 0.0048696753, 0.004216965, 0.0036517414, 0.0031622779, 0.0027384197, 0.0023713738, 0.002053525, 0.0017782794, 0.0015399265, 0.0013335214, 0.001154782, 0.001, 8.6596434E-4, 7.498942E-4, 6.4938166E-4, 5.623413E-4, 4.869675E-4, 4.216965E-4, 3.651741E-4, 3.162278E-4, 2.7384196E-4, 2.3713738E-4, 2.053525E-4, 1.7782794E-4, 1.5399265E-4, 1.3335215E-4, 1.1547819E-4]> : tensor<64xf32>, mhlo.sharding = "{manual}"} : () -> tensor<64xf32>
      %124 = "stablehlo.convert"(%32) {mhlo.sharding = "{manual}"} : (tensor<8192xi32>) -> tensor<8192xf32>
      %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8192xf32>) -> tensor<8192x64xf32>
      %126 = "stablehlo.broadcast_in_dim"(%123) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<8192x64xf32>
      %127 = "stablehlo.multiply"(%125, %126) {mhlo.sharding = "{manual}"} : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x64xf32>
      %128 = "stablehlo.concatenate"(%127, %127) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x128xf32>
      %129 = "stablehlo.cosine"(%128) {mhlo.sharding = "{manual}"} : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %130 = "stablehlo.broadcast_in_dim"(%129) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %131 = "stablehlo.sine"(%128) {mhlo.sharding = "{manual}"} : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %132 = "stablehlo.broadcast_in_dim"(%131) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %133 = "stablehlo.slice"(%116) {limit_indices = array<i64: 1, 8192, 32, 64>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %134 = "stablehlo.slice"(%116) {limit_indices = array<i64: 1, 8192, 32, 128>, start_indices = array<i64: 0, 0, 0, 64>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %135 = "stablehlo.negate"(%134) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x64xf32>
      %136 = "stablehlo.concatenate"(%135, %133) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x64xf32>, tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x128xf32>
      %137 = "stablehlo.multiply"(%116, %130) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %138 = "stablehlo.multiply"(%136, %132) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %139 = "stablehlo.add"(%137, %138) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %140 = "stablehlo.constant"() {value = dense<[1.0, 0.86596435, 0.7498942, 0.64938164, 0.56234133, 0.48696753, 0.4216965, 0.36517414, 0.31622776, 0.27384198, 0.23713736, 0.2053525, 0.17782794, 0.15399265, 0.13335215, 0.1154782, 0.1, 0.08659643, 0.074989416, 0.064938165, 0.05623413, 0.048696753, 0.04216965, 0.03651741, 0.03162278, 0.027384195, 0.023713736, 0.020535251, 0.017782794, 0.015399265, 0.013335215, 0.01154782, 0.01, 0.008659643, 0.0074989423, 0.0064938166, 0.0056234132, 0.0048696753, 0.004216965, 0.0036517414, 0.0031622779, 0.0027384197, 0.0023713738, 0.002053525, 0.0017782794, 0.0015399265, 0.0013335214, 0.001154782, 0.001, 8.6596434E-4, 7.498942E-4, 6.4938166E-4, 5.623413E-4, 4.869675E-4, 4.216965E-4, 3.651741E-4, 3.162278E-4, 2.7384196E-4, 2.3713738E-4, 2.053525E-4, 1.7782794E-4, 1.5399265E-4, 1.3335215E-4, 1.1547819E-4]> : tensor<64xf32>, mhlo.sharding = "{manual}"} : () -> tensor<64xf32>
      %141 = "stablehlo.convert"(%32) {mhlo.sharding = "{manual}"} : (tensor<8192xi32>) -> tensor<8192xf32>
      %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8192xf32>) -> tensor<8192x64xf32>
      %143 = "stablehlo.broadcast_in_dim"(%140) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<64xf32>) -> tensor<8192x64xf32>
      %144 = "stablehlo.multiply"(%142, %143) {mhlo.sharding = "{manual}"} : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x64xf32>
      %145 = "stablehlo.concatenate"(%144, %144) {dimension = 1 : i64, mhlo.sharding = "{manual}"} : (tensor<8192x64xf32>, tensor<8192x64xf32>) -> tensor<8192x128xf32>
      %146 = "stablehlo.cosine"(%145) {mhlo.sharding = "{manual}"} : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %148 = "stablehlo.sine"(%145) {mhlo.sharding = "{manual}"} : (tensor<8192x128xf32>) -> tensor<8192x128xf32>
      %149 = "stablehlo.broadcast_in_dim"(%148) {broadcast_dimensions = array<i64: 1, 3>, mhlo.sharding = "{manual}"} : (tensor<8192x128xf32>) -> tensor<1x8192x32x128xf32>
      %150 = "stablehlo.slice"(%119) {limit_indices = array<i64: 1, 8192, 32, 64>, start_indices = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %151 = "stablehlo.slice"(%119) {limit_indices = array<i64: 1, 8192, 32, 128>, start_indices = array<i64: 0, 0, 0, 64>, strides = array<i64: 1, 1, 1, 1>, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x64xf32>
      %152 = "stablehlo.negate"(%151) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x64xf32>
      %153 = "stablehlo.concatenate"(%152, %150) {dimension = 3 : i64, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x64xf32>, tensor<1x8192x32x64xf32>) -> tensor<1x8192x32x128xf32>
      %154 = "stablehlo.multiply"(%119, %147) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %155 = "stablehlo.multiply"(%153, %149) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %156 = "stablehlo.add"(%154, %155) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %157 = "stablehlo.constant"() {value = dense<0.088388346> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %158 = "stablehlo.broadcast_in_dim"(%157) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8192x32x128xf32>
      %159 = "stablehlo.multiply"(%139, %158) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>, tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xf32>
      %160 = "stablehlo.convert"(%159) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xbf16>
      %161 = "stablehlo.convert"(%156) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xbf16>
      %162 = "stablehlo.convert"(%122) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xf32>) -> tensor<1x8192x32x128xbf16>
      %163 = "stablehlo.reshape"(%160) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xbf16>) -> tensor<1x8192x32x1x128xbf16>
      %164 = "stablehlo.transpose"(%163) {permutation = array<i64: 0, 2, 3, 1, 4>, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x1x128xbf16>) -> tensor<1x32x1x8192x128xbf16>
      %165 = "stablehlo.transpose"(%161) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xbf16>) -> tensor<1x32x8192x128xbf16>
      %166 = "stablehlo.transpose"(%162) {permutation = array<i64: 0, 2, 1, 3>, mhlo.sharding = "{manual}"} : (tensor<1x8192x32x128xbf16>) -> tensor<1x32x8192x128xbf16>
      %167 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %168 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1x8192xf32>
      %169 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %170 = "stablehlo.broadcast_in_dim"(%169) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1x8192xf32>
      %171 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %172 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1x8192x128xf32>
      %173 = "stablehlo.constant"() {value = dense<7> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %174 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %414:10 = "stablehlo.while"(%174, %173, %164, %165, %166, %32, %33, %168, %170, %172) ({
      ^bb0(%175: tensor<i32>, %176: tensor<i32>, %177: tensor<1x32x1x8192x128xbf16>, %178: tensor<1x32x8192x128xbf16>, %179: tensor<1x32x8192x128xbf16>, %180: tensor<8192xi32>, %181: tensor<i32>, %182: tensor<1x32x1x8192xf32>, %183: tensor<1x32x1x8192xf32>, %184: tensor<1x32x1x8192x128xf32>):
        %185 = "stablehlo.compare"(%175, %176) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%185) : (tensor<i1>) -> ()
      }, {
      ^bb0(%186: tensor<i32>, %187: tensor<i32>, %188: tensor<1x32x1x8192x128xbf16>, %189: tensor<1x32x8192x128xbf16>, %190: tensor<1x32x8192x128xbf16>, %191: tensor<8192xi32>, %192: tensor<i32>, %193: tensor<1x32x1x8192xf32>, %194: tensor<1x32x1x8192xf32>, %195: tensor<1x32x1x8192x128xf32>):
        %196 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %197 = "stablehlo.subtract"(%192, %186) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %198 = "stablehlo.add"(%197, %196) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %199 = "stablehlo.remainder"(%198, %196) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %200 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8192xi32>
        %201 = "stablehlo.broadcast_in_dim"(%199) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8192xi32>
        %202 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %203 = "stablehlo.broadcast_in_dim"(%202) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8192xi32>
        %204 = "stablehlo.multiply"(%200, %203) {mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
        %205 = "stablehlo.add"(%201, %204) {mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
        %206 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %207 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %409:10 = "stablehlo.while"(%207, %206, %188, %189, %190, %191, %205, %193, %194, %195) ({
        ^bb0(%208: tensor<i32>, %209: tensor<i32>, %210: tensor<1x32x1x8192x128xbf16>, %211: tensor<1x32x8192x128xbf16>, %212: tensor<1x32x8192x128xbf16>, %213: tensor<8192xi32>, %214: tensor<8192xi32>, %215: tensor<1x32x1x8192xf32>, %216: tensor<1x32x1x8192xf32>, %217: tensor<1x32x1x8192x128xf32>):
          %218 = "stablehlo.compare"(%208, %209) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%218) : (tensor<i1>) -> ()
        }, {
        ^bb0(%219: tensor<i32>, %220: tensor<i32>, %221: tensor<1x32x1x8192x128xbf16>, %222: tensor<1x32x8192x128xbf16>, %223: tensor<1x32x8192x128xbf16>, %224: tensor<8192xi32>, %225: tensor<8192xi32>, %226: tensor<1x32x1x8192xf32>, %227: tensor<1x32x1x8192xf32>, %228: tensor<1x32x1x8192x128xf32>):
          %229 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %230 = "stablehlo.multiply"(%219, %229) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %231 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %232 = "stablehlo.dynamic_slice"(%221, %231, %231, %231, %230, %231) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xbf16>
          %233 = "stablehlo.reshape"(%232) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x1024x128xbf16>) -> tensor<1x32x1024x128xbf16>
          %234 = "stablehlo.dynamic_slice"(%224, %230) {slice_sizes = array<i64: 1024>, mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
          %235 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %236 = "stablehlo.dynamic_slice"(%226, %235, %235, %235, %230) {slice_sizes = array<i64: 1, 32, 1, 1024>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
          %237 = "stablehlo.reshape"(%236) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
          %238 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %239 = "stablehlo.dynamic_slice"(%227, %238, %238, %238, %230) {slice_sizes = array<i64: 1, 32, 1, 1024>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
          %240 = "stablehlo.reshape"(%239) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
          %241 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %242 = "stablehlo.dynamic_slice"(%228, %241, %241, %241, %230, %241) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xf32>
          %243 = "stablehlo.reshape"(%242) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %244 = "stablehlo.slice"(%234) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<1024xi32>) -> tensor<1xi32>
          %245 = "stablehlo.reshape"(%244) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %246 = "stablehlo.slice"(%234) {limit_indices = array<i64: 1024>, start_indices = array<i64: 1023>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<1024xi32>) -> tensor<1xi32>
          %247 = "stablehlo.reshape"(%246) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
          %248 = "stablehlo.slice"(%225) {limit_indices = array<i64: 8192>, start_indices = array<i64: 0>, strides = array<i64: 1024>, mhlo.sharding = "{manual}"} : (tensor<8192xi32>) -> tensor<8xi32>
          %249 = "stablehlo.slice"(%225) {limit_indices = array<i64: 8192>, start_indices = array<i64: 1023>, strides = array<i64: 1024>, mhlo.sharding = "{manual}"} : (tensor<8192xi32>) -> tensor<8xi32>
          %250 = "stablehlo.broadcast_in_dim"(%247) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
          %251 = "stablehlo.compare"(%248, %250) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
          %252 = "stablehlo.convert"(%251) {mhlo.sharding = "{manual}"} : (tensor<8xi1>) -> tensor<8xi32>
          %253 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %254 = "stablehlo.reduce"(%252, %253) ({
          ^bb0(%255: tensor<i32>, %256: tensor<i32>):
            %257 = "stablehlo.add"(%255, %256) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%257) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
          %258 = "stablehlo.broadcast_in_dim"(%245) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
          %259 = "stablehlo.compare"(%249, %258) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
          %260 = "stablehlo.convert"(%259) {mhlo.sharding = "{manual}"} : (tensor<8xi1>) -> tensor<8xi32>
          %261 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %262 = "stablehlo.reduce"(%260, %261) ({
          ^bb0(%263: tensor<i32>, %264: tensor<i32>):
            %265 = "stablehlo.add"(%263, %264) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%265) : (tensor<i32>) -> ()
          }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
          %266 = "stablehlo.minimum"(%262, %254) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %267 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %327:10 = "stablehlo.while"(%267, %266, %233, %234, %222, %223, %225, %237, %240, %243) ({
          ^bb0(%268: tensor<i32>, %269: tensor<i32>, %270: tensor<1x32x1024x128xbf16>, %271: tensor<1024xi32>, %272: tensor<1x32x8192x128xbf16>, %273: tensor<1x32x8192x128xbf16>, %274: tensor<8192xi32>, %275: tensor<1x32x1024xf32>, %276: tensor<1x32x1024xf32>, %277: tensor<1x32x1024x128xf32>):
            %278 = "stablehlo.compare"(%268, %269) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%278) : (tensor<i1>) -> ()
          }, {
          ^bb0(%279: tensor<i32>, %280: tensor<i32>, %281: tensor<1x32x1024x128xbf16>, %282: tensor<1024xi32>, %283: tensor<1x32x8192x128xbf16>, %284: tensor<1x32x8192x128xbf16>, %285: tensor<8192xi32>, %286: tensor<1x32x1024xf32>, %287: tensor<1x32x1024xf32>, %288: tensor<1x32x1024x128xf32>):
            %289 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %290 = "stablehlo.multiply"(%279, %289) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %291 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %292 = "stablehlo.dynamic_slice"(%283, %291, %291, %290, %291) {slice_sizes = array<i64: 1, 32, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
            %293 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %294 = "stablehlo.dynamic_slice"(%284, %293, %293, %290, %293) {slice_sizes = array<i64: 1, 32, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
            %295 = "stablehlo.dot_general"(%281, %292) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x1024xf32>
            %296 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %297 = "stablehlo.reduce"(%295, %296) ({
            ^bb0(%298: tensor<f32>, %299: tensor<f32>):
              %300 = "stablehlo.maximum"(%298, %299) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%300) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %301 = "stablehlo.maximum"(%286, %297) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %302 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %303 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %304 = "stablehlo.compare"(%301, %303) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
            %305 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %306 = "stablehlo.broadcast_in_dim"(%305) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %307 = "stablehlo.select"(%304, %306, %301) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %308 = "stablehlo.broadcast_in_dim"(%307) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %309 = "stablehlo.subtract"(%295, %308) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %310 = "stablehlo.exponential"(%309) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %311 = "stablehlo.subtract"(%286, %307) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %312 = "stablehlo.exponential"(%311) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %313 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %314 = "stablehlo.reduce"(%310, %313) ({
            ^bb0(%315: tensor<f32>, %316: tensor<f32>):
              %317 = "stablehlo.add"(%315, %316) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%317) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %318 = "stablehlo.multiply"(%287, %312) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %319 = "stablehlo.add"(%318, %314) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %320 = "stablehlo.convert"(%310) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xbf16>
            %321 = "stablehlo.dot_general"(%320, %294) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x128xf32>
            %322 = "stablehlo.broadcast_in_dim"(%312) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
            %323 = "stablehlo.multiply"(%288, %322) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %324 = "stablehlo.add"(%323, %321) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %325 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %326 = "stablehlo.add"(%279, %325) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%326, %280, %281, %282, %283, %284, %285, %301, %319, %324) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
          %397:10 = "stablehlo.while"(%266, %254, %327#2, %327#3, %327#4, %327#5, %327#6, %327#7, %327#8, %327#9) ({
          ^bb0(%328: tensor<i32>, %329: tensor<i32>, %330: tensor<1x32x1024x128xbf16>, %331: tensor<1024xi32>, %332: tensor<1x32x8192x128xbf16>, %333: tensor<1x32x8192x128xbf16>, %334: tensor<8192xi32>, %335: tensor<1x32x1024xf32>, %336: tensor<1x32x1024xf32>, %337: tensor<1x32x1024x128xf32>):
            %338 = "stablehlo.compare"(%328, %329) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
            "stablehlo.return"(%338) : (tensor<i1>) -> ()
          }, {
          ^bb0(%339: tensor<i32>, %340: tensor<i32>, %341: tensor<1x32x1024x128xbf16>, %342: tensor<1024xi32>, %343: tensor<1x32x8192x128xbf16>, %344: tensor<1x32x8192x128xbf16>, %345: tensor<8192xi32>, %346: tensor<1x32x1024xf32>, %347: tensor<1x32x1024xf32>, %348: tensor<1x32x1024x128xf32>):
            %349 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %350 = "stablehlo.multiply"(%339, %349) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            %351 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %352 = "stablehlo.dynamic_slice"(%343, %351, %351, %350, %351) {slice_sizes = array<i64: 1, 32, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
            %353 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %354 = "stablehlo.dynamic_slice"(%344, %353, %353, %350, %353) {slice_sizes = array<i64: 1, 32, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
            %355 = "stablehlo.dot_general"(%341, %352) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x1024xf32>
            %356 = "stablehlo.dynamic_slice"(%345, %350) {slice_sizes = array<i64: 1024>, mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
            %357 = "stablehlo.broadcast_in_dim"(%342) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %358 = "stablehlo.reshape"(%357) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %359 = "stablehlo.broadcast_in_dim"(%356) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
            %360 = "stablehlo.reshape"(%359) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
            %361 = "stablehlo.compare"(%360, %358) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
            %362 = "stablehlo.broadcast_in_dim"(%361) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1024x1024xi1>) -> tensor<1x32x1024x1024xi1>
            %363 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %364 = "stablehlo.broadcast_in_dim"(%363) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024x1024xf32>
            %365 = "stablehlo.select"(%362, %355, %364) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xi1>, tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %366 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %367 = "stablehlo.reduce"(%365, %366) ({
            ^bb0(%368: tensor<f32>, %369: tensor<f32>):
              %370 = "stablehlo.maximum"(%368, %369) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%370) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %371 = "stablehlo.maximum"(%346, %367) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %372 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %373 = "stablehlo.broadcast_in_dim"(%372) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %374 = "stablehlo.compare"(%371, %373) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
            %375 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %376 = "stablehlo.broadcast_in_dim"(%375) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024xf32>
            %377 = "stablehlo.select"(%374, %376, %371) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %379 = "stablehlo.subtract"(%365, %378) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %380 = "stablehlo.exponential"(%379) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
            %381 = "stablehlo.subtract"(%346, %377) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %382 = "stablehlo.exponential"(%381) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %383 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
            %384 = "stablehlo.reduce"(%380, %383) ({
            ^bb0(%385: tensor<f32>, %386: tensor<f32>):
              %387 = "stablehlo.add"(%385, %386) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
              "stablehlo.return"(%387) : (tensor<f32>) -> ()
            }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
            %388 = "stablehlo.multiply"(%347, %382) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %389 = "stablehlo.add"(%388, %384) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
            %390 = "stablehlo.convert"(%380) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xbf16>
            %391 = "stablehlo.dot_general"(%390, %354) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x128xf32>
            %392 = "stablehlo.broadcast_in_dim"(%382) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
            %393 = "stablehlo.multiply"(%348, %392) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %394 = "stablehlo.add"(%393, %391) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
            %395 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
            %396 = "stablehlo.add"(%339, %395) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%396, %340, %341, %342, %343, %344, %345, %371, %389, %394) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
          }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
          %398 = "stablehlo.reshape"(%397#7) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %399 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %400 = "stablehlo.dynamic_update_slice"(%226, %398, %399, %399, %399, %230) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %401 = "stablehlo.reshape"(%397#8) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
          %402 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %403 = "stablehlo.dynamic_update_slice"(%227, %401, %402, %402, %402, %230) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
          %404 = "stablehlo.reshape"(%397#9) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>) -> tensor<1x32x1x1024x128xf32>
          %405 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %406 = "stablehlo.dynamic_update_slice"(%228, %404, %405, %405, %405, %230, %405) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x1024x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192x128xf32>
          %407 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %408 = "stablehlo.add"(%219, %407) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%408, %220, %221, %222, %223, %224, %225, %400, %403, %406) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
        %410 = "stablehlo.collective_permute"(%189) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>) -> tensor<1x32x8192x128xbf16>
        %411 = "stablehlo.collective_permute"(%190) {channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, source_target_pairs = dense<[[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0]]> : tensor<8x2xi64>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>) -> tensor<1x32x8192x128xbf16>
        %412 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %413 = "stablehlo.add"(%186, %412) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%413, %187, %409#2, %410, %411, %409#5, %192, %409#7, %409#8, %409#9) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<i32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
      %415 = "stablehlo.constant"() {value = dense<7> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %416 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %417 = "stablehlo.subtract"(%414#6, %415) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %418 = "stablehlo.add"(%417, %416) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %419 = "stablehlo.remainder"(%418, %416) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %420 = "stablehlo.iota"() {iota_dimension = 0 : i64, mhlo.sharding = "{manual}"} : () -> tensor<8192xi32>
      %421 = "stablehlo.broadcast_in_dim"(%419) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8192xi32>
      %422 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %423 = "stablehlo.broadcast_in_dim"(%422) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8192xi32>
      %424 = "stablehlo.multiply"(%420, %423) {mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
      %425 = "stablehlo.add"(%421, %424) {mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<8192xi32>) -> tensor<8192xi32>
      %426 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %427 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %629:10 = "stablehlo.while"(%427, %426, %414#2, %414#3, %414#4, %414#5, %425, %414#7, %414#8, %414#9) ({
      ^bb0(%428: tensor<i32>, %429: tensor<i32>, %430: tensor<1x32x1x8192x128xbf16>, %431: tensor<1x32x8192x128xbf16>, %432: tensor<1x32x8192x128xbf16>, %433: tensor<8192xi32>, %434: tensor<8192xi32>, %435: tensor<1x32x1x8192xf32>, %436: tensor<1x32x1x8192xf32>, %437: tensor<1x32x1x8192x128xf32>):
        %438 = "stablehlo.compare"(%428, %429) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%438) : (tensor<i1>) -> ()
      }, {
      ^bb0(%439: tensor<i32>, %440: tensor<i32>, %441: tensor<1x32x1x8192x128xbf16>, %442: tensor<1x32x8192x128xbf16>, %443: tensor<1x32x8192x128xbf16>, %444: tensor<8192xi32>, %445: tensor<8192xi32>, %446: tensor<1x32x1x8192xf32>, %447: tensor<1x32x1x8192xf32>, %448: tensor<1x32x1x8192x128xf32>):
        %449 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %450 = "stablehlo.multiply"(%439, %449) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %451 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %452 = "stablehlo.dynamic_slice"(%441, %451, %451, %451, %450, %451) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xbf16>
        %453 = "stablehlo.reshape"(%452) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x1024x128xbf16>) -> tensor<1x32x1024x128xbf16>
        %454 = "stablehlo.dynamic_slice"(%444, %450) {slice_sizes = array<i64: 1024>, mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
        %455 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %456 = "stablehlo.dynamic_slice"(%446, %455, %455, %455, %450) {slice_sizes = array<i64: 1, 32, 1, 1024>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
        %457 = "stablehlo.reshape"(%456) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
        %458 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %459 = "stablehlo.dynamic_slice"(%447, %458, %458, %458, %450) {slice_sizes = array<i64: 1, 32, 1, 1024>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024xf32>
        %460 = "stablehlo.reshape"(%459) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x1024xf32>) -> tensor<1x32x1024xf32>
        %461 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %462 = "stablehlo.dynamic_slice"(%448, %461, %461, %461, %450, %461) {slice_sizes = array<i64: 1, 32, 1, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x1024x128xf32>
        %463 = "stablehlo.reshape"(%462) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x1024x128xf32>) -> tensor<1x32x1024x128xf32>
        %464 = "stablehlo.slice"(%454) {limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<1024xi32>) -> tensor<1xi32>
        %465 = "stablehlo.reshape"(%464) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %466 = "stablehlo.slice"(%454) {limit_indices = array<i64: 1024>, start_indices = array<i64: 1023>, strides = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<1024xi32>) -> tensor<1xi32>
        %467 = "stablehlo.reshape"(%466) {mhlo.sharding = "{manual}"} : (tensor<1xi32>) -> tensor<i32>
        %468 = "stablehlo.slice"(%445) {limit_indices = array<i64: 8192>, start_indices = array<i64: 0>, strides = array<i64: 1024>, mhlo.sharding = "{manual}"} : (tensor<8192xi32>) -> tensor<8xi32>
        %469 = "stablehlo.slice"(%445) {limit_indices = array<i64: 8192>, start_indices = array<i64: 1023>, strides = array<i64: 1024>, mhlo.sharding = "{manual}"} : (tensor<8192xi32>) -> tensor<8xi32>
        %470 = "stablehlo.broadcast_in_dim"(%467) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %471 = "stablehlo.compare"(%468, %470) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
        %472 = "stablehlo.convert"(%471) {mhlo.sharding = "{manual}"} : (tensor<8xi1>) -> tensor<8xi32>
        %473 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %474 = "stablehlo.reduce"(%472, %473) ({
        ^bb0(%475: tensor<i32>, %476: tensor<i32>):
          %477 = "stablehlo.add"(%475, %476) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%477) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
        %478 = "stablehlo.broadcast_in_dim"(%465) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<i32>) -> tensor<8xi32>
        %479 = "stablehlo.compare"(%469, %478) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
        %480 = "stablehlo.convert"(%479) {mhlo.sharding = "{manual}"} : (tensor<8xi1>) -> tensor<8xi32>
        %481 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %482 = "stablehlo.reduce"(%480, %481) ({
        ^bb0(%483: tensor<i32>, %484: tensor<i32>):
          %485 = "stablehlo.add"(%483, %484) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%485) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 0>, mhlo.sharding = "{manual}"} : (tensor<8xi32>, tensor<i32>) -> tensor<i32>
        %486 = "stablehlo.minimum"(%482, %474) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %487 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %547:10 = "stablehlo.while"(%487, %486, %453, %454, %442, %443, %445, %457, %460, %463) ({
        ^bb0(%488: tensor<i32>, %489: tensor<i32>, %490: tensor<1x32x1024x128xbf16>, %491: tensor<1024xi32>, %492: tensor<1x32x8192x128xbf16>, %493: tensor<1x32x8192x128xbf16>, %494: tensor<8192xi32>, %495: tensor<1x32x1024xf32>, %496: tensor<1x32x1024xf32>, %497: tensor<1x32x1024x128xf32>):
          %498 = "stablehlo.compare"(%488, %489) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%498) : (tensor<i1>) -> ()
        }, {
        ^bb0(%499: tensor<i32>, %500: tensor<i32>, %501: tensor<1x32x1024x128xbf16>, %502: tensor<1024xi32>, %503: tensor<1x32x8192x128xbf16>, %504: tensor<1x32x8192x128xbf16>, %505: tensor<8192xi32>, %506: tensor<1x32x1024xf32>, %507: tensor<1x32x1024xf32>, %508: tensor<1x32x1024x128xf32>):
          %509 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %510 = "stablehlo.multiply"(%499, %509) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %511 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %512 = "stablehlo.dynamic_slice"(%503, %511, %511, %510, %511) {slice_sizes = array<i64: 1, 32, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
          %513 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %514 = "stablehlo.dynamic_slice"(%504, %513, %513, %510, %513) {slice_sizes = array<i64: 1, 32, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
          %515 = "stablehlo.dot_general"(%501, %512) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x1024xf32>
          %516 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %517 = "stablehlo.reduce"(%515, %516) ({
          ^bb0(%518: tensor<f32>, %519: tensor<f32>):
            %520 = "stablehlo.maximum"(%518, %519) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%520) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
          %521 = "stablehlo.maximum"(%506, %517) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %522 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %523 = "stablehlo.broadcast_in_dim"(%522) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024xf32>
          %524 = "stablehlo.compare"(%521, %523) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
          %525 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %526 = "stablehlo.broadcast_in_dim"(%525) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024xf32>
          %527 = "stablehlo.select"(%524, %526, %521) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %528 = "stablehlo.broadcast_in_dim"(%527) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
          %529 = "stablehlo.subtract"(%515, %528) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
          %530 = "stablehlo.exponential"(%529) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
          %531 = "stablehlo.subtract"(%506, %527) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %532 = "stablehlo.exponential"(%531) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %533 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %534 = "stablehlo.reduce"(%530, %533) ({
          ^bb0(%535: tensor<f32>, %536: tensor<f32>):
            %537 = "stablehlo.add"(%535, %536) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%537) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
          %538 = "stablehlo.multiply"(%507, %532) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %539 = "stablehlo.add"(%538, %534) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %540 = "stablehlo.convert"(%530) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xbf16>
          %541 = "stablehlo.dot_general"(%540, %514) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x128xf32>
          %542 = "stablehlo.broadcast_in_dim"(%532) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
          %543 = "stablehlo.multiply"(%508, %542) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %544 = "stablehlo.add"(%543, %541) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %545 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %546 = "stablehlo.add"(%499, %545) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%546, %500, %501, %502, %503, %504, %505, %521, %539, %544) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
        %617:10 = "stablehlo.while"(%486, %474, %547#2, %547#3, %547#4, %547#5, %547#6, %547#7, %547#8, %547#9) ({
        ^bb0(%548: tensor<i32>, %549: tensor<i32>, %550: tensor<1x32x1024x128xbf16>, %551: tensor<1024xi32>, %552: tensor<1x32x8192x128xbf16>, %553: tensor<1x32x8192x128xbf16>, %554: tensor<8192xi32>, %555: tensor<1x32x1024xf32>, %556: tensor<1x32x1024xf32>, %557: tensor<1x32x1024x128xf32>):
          %558 = "stablehlo.compare"(%548, %549) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
          "stablehlo.return"(%558) : (tensor<i1>) -> ()
        }, {
        ^bb0(%559: tensor<i32>, %560: tensor<i32>, %561: tensor<1x32x1024x128xbf16>, %562: tensor<1024xi32>, %563: tensor<1x32x8192x128xbf16>, %564: tensor<1x32x8192x128xbf16>, %565: tensor<8192xi32>, %566: tensor<1x32x1024xf32>, %567: tensor<1x32x1024xf32>, %568: tensor<1x32x1024x128xf32>):
          %569 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %570 = "stablehlo.multiply"(%559, %569) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          %571 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %572 = "stablehlo.dynamic_slice"(%563, %571, %571, %570, %571) {slice_sizes = array<i64: 1, 32, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
          %573 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %574 = "stablehlo.dynamic_slice"(%564, %573, %573, %570, %573) {slice_sizes = array<i64: 1, 32, 1024, 128>, mhlo.sharding = "{manual}"} : (tensor<1x32x8192x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1024x128xbf16>
          %575 = "stablehlo.dot_general"(%561, %572) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x1024xf32>
          %576 = "stablehlo.dynamic_slice"(%565, %570) {slice_sizes = array<i64: 1024>, mhlo.sharding = "{manual}"} : (tensor<8192xi32>, tensor<i32>) -> tensor<1024xi32>
          %577 = "stablehlo.broadcast_in_dim"(%562) {broadcast_dimensions = array<i64: 1>, mhlo.sharding = "{manual}"} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
          %578 = "stablehlo.reshape"(%577) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
          %579 = "stablehlo.broadcast_in_dim"(%576) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1024xi32>) -> tensor<1x1024x1024xi32>
          %580 = "stablehlo.reshape"(%579) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1024xi32>) -> tensor<1024x1024xi32>
          %581 = "stablehlo.compare"(%580, %578) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<1024x1024xi32>, tensor<1024x1024xi32>) -> tensor<1024x1024xi1>
          %582 = "stablehlo.broadcast_in_dim"(%581) {broadcast_dimensions = array<i64: 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1024x1024xi1>) -> tensor<1x32x1024x1024xi1>
          %583 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %584 = "stablehlo.broadcast_in_dim"(%583) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024x1024xf32>
          %585 = "stablehlo.select"(%582, %575, %584) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xi1>, tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
          %586 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %587 = "stablehlo.reduce"(%585, %586) ({
          ^bb0(%588: tensor<f32>, %589: tensor<f32>):
            %590 = "stablehlo.maximum"(%588, %589) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%590) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
          %591 = "stablehlo.maximum"(%566, %587) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %592 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %593 = "stablehlo.broadcast_in_dim"(%592) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024xf32>
          %594 = "stablehlo.compare"(%591, %593) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xi1>
          %595 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %596 = "stablehlo.broadcast_in_dim"(%595) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x32x1024xf32>
          %597 = "stablehlo.select"(%594, %596, %591) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xi1>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %598 = "stablehlo.broadcast_in_dim"(%597) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x1024xf32>
          %599 = "stablehlo.subtract"(%585, %598) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
          %600 = "stablehlo.exponential"(%599) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xf32>
          %601 = "stablehlo.subtract"(%566, %597) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %602 = "stablehlo.exponential"(%601) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %603 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
          %604 = "stablehlo.reduce"(%600, %603) ({
          ^bb0(%605: tensor<f32>, %606: tensor<f32>):
            %607 = "stablehlo.add"(%605, %606) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%607) : (tensor<f32>) -> ()
          }) {dimensions = array<i64: 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>, tensor<f32>) -> tensor<1x32x1024xf32>
          %608 = "stablehlo.multiply"(%567, %602) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %609 = "stablehlo.add"(%608, %604) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>, tensor<1x32x1024xf32>) -> tensor<1x32x1024xf32>
          %610 = "stablehlo.convert"(%600) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xf32>) -> tensor<1x32x1024x1024xbf16>
          %611 = "stablehlo.dot_general"(%610, %574) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024x1024xbf16>, tensor<1x32x1024x128xbf16>) -> tensor<1x32x1024x128xf32>
          %612 = "stablehlo.broadcast_in_dim"(%602) {broadcast_dimensions = array<i64: 0, 1, 2>, mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1024x128xf32>
          %613 = "stablehlo.multiply"(%568, %612) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %614 = "stablehlo.add"(%613, %611) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>, tensor<1x32x1024x128xf32>) -> tensor<1x32x1024x128xf32>
          %615 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
          %616 = "stablehlo.add"(%559, %615) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
          "stablehlo.return"(%616, %560, %561, %562, %563, %564, %565, %591, %609, %614) : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> ()
        }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1024x128xbf16>, tensor<1024xi32>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<1x32x1024xf32>, tensor<1x32x1024xf32>, tensor<1x32x1024x128xf32>)
        %618 = "stablehlo.reshape"(%617#7) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
        %619 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %620 = "stablehlo.dynamic_update_slice"(%446, %618, %619, %619, %619, %450) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
        %621 = "stablehlo.reshape"(%617#8) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024xf32>) -> tensor<1x32x1x1024xf32>
        %622 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %623 = "stablehlo.dynamic_update_slice"(%447, %621, %622, %622, %622, %450) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>, tensor<1x32x1x1024xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192xf32>
        %624 = "stablehlo.reshape"(%617#9) {mhlo.sharding = "{manual}"} : (tensor<1x32x1024x128xf32>) -> tensor<1x32x1x1024x128xf32>
        %625 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %626 = "stablehlo.dynamic_update_slice"(%448, %624, %625, %625, %625, %450, %625) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x1024x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x1x8192x128xf32>
        %627 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %628 = "stablehlo.add"(%439, %627) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%628, %440, %441, %442, %443, %444, %445, %620, %623, %626) : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x32x1x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<1x32x8192x128xbf16>, tensor<8192xi32>, tensor<8192xi32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192xf32>, tensor<1x32x1x8192x128xf32>)
      %630 = "stablehlo.broadcast_in_dim"(%629#8) {broadcast_dimensions = array<i64: 0, 1, 2, 3>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192xf32>) -> tensor<1x32x1x8192x128xf32>
      %631 = "stablehlo.divide"(%629#9, %630) {mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192x128xf32>, tensor<1x32x1x8192x128xf32>) -> tensor<1x32x1x8192x128xf32>
      %632 = "stablehlo.transpose"(%631) {permutation = array<i64: 0, 3, 1, 2, 4>, mhlo.sharding = "{manual}"} : (tensor<1x32x1x8192x128xf32>) -> tensor<1x8192x32x1x128xf32>
      %633 = "stablehlo.reshape"(%632) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32x1x128xf32>) -> tensor<1x8192x4096xf32>
      %634 = "stablehlo.convert"(%633) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xbf16>
      %635 = "stablehlo.dot_general"(%634, %57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xbf16>, tensor<4096x4096xbf16>) -> tensor<1x8192x4096xf32>
      %636 = "stablehlo.add"(%31, %635) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>, tensor<1x8192x4096xf32>) -> tensor<1x8192x4096xf32>
      %637 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %638 = "stablehlo.broadcast_in_dim"(%637) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8192x4096xf32>
      %639 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %640 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %696:8 = "stablehlo.while"(%640, %639, %636, %63, %66, %69, %60, %638) ({
      ^bb0(%641: tensor<i32>, %642: tensor<i32>, %643: tensor<1x8192x4096xf32>, %644: tensor<11008x4096xbf16>, %645: tensor<11008x4096xbf16>, %646: tensor<4096x11008xbf16>, %647: tensor<4096xbf16>, %648: tensor<1x8192x4096xf32>):
        %649 = "stablehlo.compare"(%641, %642) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%649) : (tensor<i1>) -> ()
      }, {
      ^bb0(%650: tensor<i32>, %651: tensor<i32>, %652: tensor<1x8192x4096xf32>, %653: tensor<11008x4096xbf16>, %654: tensor<11008x4096xbf16>, %655: tensor<4096x11008xbf16>, %656: tensor<4096xbf16>, %657: tensor<1x8192x4096xf32>):
        %658 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %659 = "stablehlo.multiply"(%650, %658) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %660 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %661 = "stablehlo.dynamic_slice"(%652, %660, %659, %660) {slice_sizes = array<i64: 1, 1024, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
        %662 = "stablehlo.multiply"(%661, %661) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %663 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %664 = "stablehlo.reduce"(%662, %663) ({
        ^bb0(%665: tensor<f32>, %666: tensor<f32>):
          %667 = "stablehlo.add"(%665, %666) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
          "stablehlo.return"(%667) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
        %668 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %669 = "stablehlo.broadcast_in_dim"(%668) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x1024xf32>
        %670 = "stablehlo.divide"(%664, %669) {mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
        %671 = "stablehlo.reshape"(%670) {mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
        %672 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
        %673 = "stablehlo.broadcast_in_dim"(%672) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x1024x1xf32>
        %674 = "stablehlo.add"(%671, %673) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %675 = "stablehlo.rsqrt"(%674) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
        %676 = "stablehlo.reshape"(%675) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
        %677 = "stablehlo.broadcast_in_dim"(%676) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
        %678 = "stablehlo.multiply"(%661, %677) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %679 = "stablehlo.convert"(%656) {mhlo.sharding = "{manual}"} : (tensor<4096xbf16>) -> tensor<4096xf32>
        %680 = "stablehlo.broadcast_in_dim"(%679) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
        %681 = "stablehlo.multiply"(%678, %680) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %682 = "stablehlo.convert"(%681) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %683 = "stablehlo.dot_general"(%682, %654) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %684 = "stablehlo.logistic"(%683) {mhlo.sharding = "{manual}"} : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %685 = "stablehlo.multiply"(%683, %684) {mhlo.sharding = "{manual}"} : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %686 = "stablehlo.convert"(%681) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
        %687 = "stablehlo.dot_general"(%686, %653) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xbf16>, tensor<11008x4096xbf16>) -> tensor<1x1024x11008xf32>
        %688 = "stablehlo.multiply"(%685, %687) {mhlo.sharding = "{manual}"} : (tensor<1x1024x11008xf32>, tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xf32>
        %689 = "stablehlo.convert"(%688) {mhlo.sharding = "{manual}"} : (tensor<1x1024x11008xf32>) -> tensor<1x1024x11008xbf16>
        %690 = "stablehlo.dot_general"(%689, %655) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, mhlo.sharding = "{manual}"} : (tensor<1x1024x11008xbf16>, tensor<4096x11008xbf16>) -> tensor<1x1024x4096xf32>
        %691 = "stablehlo.add"(%661, %690) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
        %692 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %693 = "stablehlo.dynamic_update_slice"(%657, %691, %692, %659, %692) {mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>, tensor<1x1024x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x4096xf32>
        %694 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
        %695 = "stablehlo.add"(%650, %694) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%695, %651, %652, %653, %654, %655, %656, %693) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> ()
      }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<11008x4096xbf16>, tensor<11008x4096xbf16>, tensor<4096x11008xbf16>, tensor<4096xbf16>, tensor<1x8192x4096xf32>)
      %697 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %698 = "stablehlo.add"(%29, %697) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%698, %30, %696#7, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<8192xi32>, tensor<i32>, tensor<1x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096x4096xbf16>, tensor<1x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x11008x4096xbf16>, tensor<1x4096x11008xbf16>)
    %700 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
    %701 = "stablehlo.broadcast_in_dim"(%700) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x8192x32000xf32>
    %702 = "stablehlo.constant"() {value = dense<8> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %703 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
    %747:6 = "stablehlo.while"(%703, %702, %699#2, %arg11, %arg12, %701) ({
    ^bb0(%704: tensor<i32>, %705: tensor<i32>, %706: tensor<1x8192x4096xf32>, %707: tensor<4096xbf16>, %708: tensor<32000x4096xbf16>, %709: tensor<1x8192x32000xf32>):
      %710 = "stablehlo.compare"(%704, %705) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>, mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%710) : (tensor<i1>) -> ()
    }, {
    ^bb0(%711: tensor<i32>, %712: tensor<i32>, %713: tensor<1x8192x4096xf32>, %714: tensor<4096xbf16>, %715: tensor<32000x4096xbf16>, %716: tensor<1x8192x32000xf32>):
      %717 = "stablehlo.constant"() {value = dense<1024> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %718 = "stablehlo.multiply"(%711, %717) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %719 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %720 = "stablehlo.dynamic_slice"(%713, %719, %718, %719) {slice_sizes = array<i64: 1, 1024, 4096>, mhlo.sharding = "{manual}"} : (tensor<1x8192x4096xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x4096xf32>
      %721 = "stablehlo.multiply"(%720, %720) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %722 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %723 = "stablehlo.reduce"(%721, %722) ({
      ^bb0(%724: tensor<f32>, %725: tensor<f32>):
        %726 = "stablehlo.add"(%724, %725) {mhlo.sharding = "{manual}"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%726) : (tensor<f32>) -> ()
      }) {dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<f32>) -> tensor<1x1024xf32>
      %727 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %728 = "stablehlo.broadcast_in_dim"(%727) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x1024xf32>
      %729 = "stablehlo.divide"(%723, %728) {mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>, tensor<1x1024xf32>) -> tensor<1x1024xf32>
      %730 = "stablehlo.reshape"(%729) {mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>) -> tensor<1x1024x1xf32>
      %731 = "stablehlo.constant"() {value = dense<1.0E-5> : tensor<f32>, mhlo.sharding = "{manual}"} : () -> tensor<f32>
      %732 = "stablehlo.broadcast_in_dim"(%731) {broadcast_dimensions = array<i64>, mhlo.sharding = "{manual}"} : (tensor<f32>) -> tensor<1x1024x1xf32>
      %733 = "stablehlo.add"(%730, %732) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>, tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %734 = "stablehlo.rsqrt"(%733) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>) -> tensor<1x1024x1xf32>
      %735 = "stablehlo.reshape"(%734) {mhlo.sharding = "{manual}"} : (tensor<1x1024x1xf32>) -> tensor<1x1024xf32>
      %736 = "stablehlo.broadcast_in_dim"(%735) {broadcast_dimensions = array<i64: 0, 1>, mhlo.sharding = "{manual}"} : (tensor<1x1024xf32>) -> tensor<1x1024x4096xf32>
      %737 = "stablehlo.multiply"(%720, %736) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %738 = "stablehlo.convert"(%714) {mhlo.sharding = "{manual}"} : (tensor<4096xbf16>) -> tensor<4096xf32>
      %739 = "stablehlo.broadcast_in_dim"(%738) {broadcast_dimensions = array<i64: 2>, mhlo.sharding = "{manual}"} : (tensor<4096xf32>) -> tensor<1x1024x4096xf32>
      %740 = "stablehlo.multiply"(%737, %739) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>, tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xf32>
      %741 = "stablehlo.convert"(%740) {mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xf32>) -> tensor<1x1024x4096xbf16>
      %742 = "stablehlo.dot_general"(%741, %715) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>, mhlo.sharding = "{manual}"} : (tensor<1x1024x4096xbf16>, tensor<32000x4096xbf16>) -> tensor<1x1024x32000xf32>
      %743 = "stablehlo.constant"() {value = dense<0> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %744 = "stablehlo.dynamic_update_slice"(%716, %742, %743, %718, %743) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32000xf32>, tensor<1x1024x32000xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8192x32000xf32>
      %745 = "stablehlo.constant"() {value = dense<1> : tensor<i32>, mhlo.sharding = "{manual}"} : () -> tensor<i32>
      %746 = "stablehlo.add"(%711, %745) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%746, %712, %713, %714, %715, %744) : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> ()
    }) {mhlo.sharding = "{manual}"} : (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>) -> (tensor<i32>, tensor<i32>, tensor<1x8192x4096xf32>, tensor<4096xbf16>, tensor<32000x4096xbf16>, tensor<1x8192x32000xf32>)
    %748 = "stablehlo.reshape"(%747#5) {mhlo.sharding = "{manual}"} : (tensor<1x8192x32000xf32>) -> tensor<1x8192x32000xf32>
    return %748 : tensor<1x8192x32000xf32>
  }
}
