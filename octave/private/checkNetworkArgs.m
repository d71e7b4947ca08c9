## -*- texinfo -*-
## @deftypefn {} {[@var{Theta1}, @var{Theta2}, @var{X}, @var{y}] =} checkNetworkArgs (@var{fname}, @var{nn_params}, @var{input_layer_size}, @var{hidden_layer_size}, @var{num_labels}, @var{X}, @var{y})
## Check the layer sizes, @var{nn_params}, @var{X} (m-by-input_layer_size:
## checkNetworkWeights) and @var{y} (m-by-num_labels) of a one-hidden-layer
## regression network; return the
## weight matrices, unrolled column-major from @var{nn_params} (Theta1 is
## hidden_layer_size-by-(input_layer_size+1), Theta2
## num_labels-by-(hidden_layer_size+1)), and @var{X} and @var{y} as doubles.
## @end deftypefn
function [Theta1, Theta2, X, y] = checkNetworkArgs (fname, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y)
  [Theta1, Theta2, X] = checkNetworkWeights (fname, nn_params, input_layer_size, hidden_layer_size, num_labels, X);
  num_labels = rows (Theta2);
  if (! ((isnumeric (y) || islogical (y)) && isreal (y)))
    error ("%s: Y must be a real numeric M-by-NUM_LABELS matrix, got %s", fname, valueText (y));
  endif
  if (! isequal (size (y), [rows(X), num_labels]))
    error ("%s: Y must be M-by-NUM_LABELS (X is %s, NUM_LABELS is %d; Y is %s)",
           fname, shapeText (X), num_labels, shapeText (y));
  endif
  y = double (y);
endfunction
