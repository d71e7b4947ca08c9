## -*- texinfo -*-
## @deftypefn {} {[@var{Theta1}, @var{Theta2}, @var{X}] =} checkNetworkWeights (@var{fname}, @var{nn_params}, @var{input_layer_size}, @var{hidden_layer_size}, @var{num_labels}, @var{X})
## Check what both networks share: the layer sizes, @var{nn_params} (a vector
## of hidden_layer_size*(input_layer_size+1) + num_labels*(hidden_layer_size+1)
## elements) and @var{X} (m-by-input_layer_size).  Return the weight matrices,
## unrolled column-major from @var{nn_params} (Theta1 is
## hidden_layer_size-by-(input_layer_size+1), Theta2
## num_labels-by-(hidden_layer_size+1)), and @var{X} as doubles.  The targets
## are each network's own: checkNetworkArgs, checkClassNetworkArgs.
## @end deftypefn
function [Theta1, Theta2, X] = checkNetworkWeights (fname, nn_params, input_layer_size, hidden_layer_size, num_labels, X)
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
  nn_params = double (nn_params);
  Theta1 = reshape (nn_params(1:n1), hidden_layer_size, input_layer_size + 1);
  Theta2 = reshape (nn_params(n1+1:end), num_labels, hidden_layer_size + 1);
endfunction
