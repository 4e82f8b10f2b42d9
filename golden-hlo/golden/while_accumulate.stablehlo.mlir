module @while_accumulate attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>) -> (tensor<8xf32>) {
    %0 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %1 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
    %17:3 = "stablehlo.while"(%0, %2, %arg0) ({
    ^bb0(%3: tensor<i32>, %4: tensor<8xf32>, %5: tensor<8xf32>):
      %6 = "stablehlo.constant"() {value = dense<5> : tensor<i32>} : () -> tensor<i32>
      %7 = "stablehlo.compare"(%3, %6) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%7) : (tensor<i1>) -> ()
    }, {
    ^bb0(%8: tensor<i32>, %9: tensor<8xf32>, %10: tensor<8xf32>):
      %11 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
      %12 = "stablehlo.add"(%8, %11) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %13 = "stablehlo.convert"(%12) : (tensor<i32>) -> tensor<f32>
      %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
      %15 = "stablehlo.multiply"(%14, %10) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %16 = "stablehlo.add"(%9, %15) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%12, %16, %10) : (tensor<i32>, tensor<8xf32>, tensor<8xf32>) -> ()
    }) : (tensor<i32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<i32>, tensor<8xf32>, tensor<8xf32>)
    return %17#1 : tensor<8xf32>
  }
}
