## -*- texinfo -*-
## @deftypefn {} {[@var{Theta1}, @var{Theta2}, @var{X}, @var{y}] =} checkClassNetworkArgs (@var{fname}, @var{nn_params}, @var{input_layer_size}, @var{hidden_layer_size}, @var{num_labels}, @var{X}, @var{y})
## Check the arguments of the classification network: the layer sizes,
## @var{nn_params} and @var{X} (m-by-input_layer_size) as checkNetworkArgs
## checks them, in the same order and words, and @var{y} an m-by-1 column of
## class labels 1 to num_labels (checkClassLabels).  Return the weight
## matrices, unrolled column-major from @var{nn_params}, and @var{X} and
## @var{y} as doubles.
##
## checkNetworkArgs itself cannot serve: it wants @var{y} m-by-num_labels,
## the regression network's targets.
## @end deftypefn
function [Theta1, Theta2, X, y] = checkClassNetworkArgs (fname, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y)
  input_layer_size = checkCount (fname, "INPUT_LAYER_SIZE", input_layer_size, 1, "THETA1", 1, 1);
  hidden_layer_size = checkCount (fname, "HIDDEN_LAYER_SIZE", hidden_layer_size, 1, "THETA1", input_layer_size + 1);
  num_labels = checkCount (fname, "NUM_LABELS", num_labels, 1, "THETA2", hidden_layer_size + 1);
  n1 = hidden_layer_size * (input_layer_size + 1);
  n2 = num_labels * (hidden_layer_size + 1);
  if (! ((isnumeric (nn_params) || islogical (nn_params)) && isreal (nn_params) && (isvector (nn_params) || isempty (nn_params))))
    error ("%s: NN_PARAMS must be a real numeric vector, got %s", fname, valueText (nn_params));
  endif
  if (numel (nn_params) != n1 + n2)
    error ("%s: NN_PARAMS must have HIDDEN_LAYER_SIZE*(INPUT_LAYER_SIZE+1) + NUM_LABELS*(HIDDEN_LAYER_SIZE+1) = %d elements, got %d",
           fname, n1 + n2, numel (nn_params));
  endif
  X = checkMatrix (fname, "X", X);
  if (columns (X) != input_layer_size)
    error ("%s: X must have INPUT_LAYER_SIZE columns (X is %s, INPUT_LAYER_SIZE is %d)",
           fname, shapeText (X), input_layer_size);
  endif
  y = checkClassLabels (fname, y, num_labels, X);
  nn_params = double (nn_params);
  Theta1 = reshape (nn_params(1:n1), hidden_layer_size, input_layer_size + 1);
  Theta2 = reshape (nn_params(n1+1:end), num_labels, hidden_layer_size + 1);
endfunction
