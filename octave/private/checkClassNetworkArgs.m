## -*- texinfo -*-
## @deftypefn {} {[@var{Theta1}, @var{Theta2}, @var{X}, @var{y}] =} checkClassNetworkArgs (@var{fname}, @var{nn_params}, @var{input_layer_size}, @var{hidden_layer_size}, @var{num_labels}, @var{X}, @var{y})
## Check the arguments of the classification network: the layer sizes,
## @var{nn_params} and @var{X} (m-by-input_layer_size) as the regression
## network's (checkNetworkWeights), and @var{y} an m-by-1 column of
## class labels 1 to num_labels (checkClassLabels).  Return the weight
## matrices, unrolled column-major from @var{nn_params}, and @var{X} and
## @var{y} as doubles.
## @end deftypefn
function [Theta1, Theta2, X, y] = checkClassNetworkArgs (fname, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y)
  [Theta1, Theta2, X] = checkNetworkWeights (fname, nn_params, input_layer_size, hidden_layer_size, num_labels, X);
  y = checkClassLabels (fname, y, rows (Theta2), X);
endfunction
