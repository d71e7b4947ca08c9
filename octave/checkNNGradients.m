## -*- texinfo -*-
## @deftypefn  {} {[@var{numgrad}, @var{grad}, @var{relDiff}] =} checkNNGradients ()
## @deftypefnx {} {[@dots{}] =} checkNNGradients (@var{lambda})
## @deftypefnx {} {[@dots{}] =} checkNNGradients (@var{lambda}, @var{activation})
## @deftypefnx {} {[@dots{}] =} checkNNGradients (@var{lambda}, @var{activation}, @var{costFunction})
## Check the back-propagated gradient of @code{nnCostFunctionLinear} against
## central differences on a small network (3 inputs, 5 hidden units, 3
## outputs, 5 examples) whose weights, inputs and targets come from
## @code{debugInitializeWeights}.
##
## Returns the numerical gradient, the analytic one, and their relative
## difference @code{norm (numgrad - grad) / norm (numgrad + grad)}, which is
## below 1e-9 for a correct gradient.  @var{lambda} defaults to 0,
## @var{activation} to @qcode{"sigmoid"}.  @var{costFunction} (default
## @code{@@nnCostFunctionLinear}) is any function with its signature: a
## gradient to be checked.  Called with no output, it prints the two gradients
## side by side and the relative difference.
## @seealso{nnCostFunctionLinear, computeNumericalGradient, debugInitializeWeights}
## @end deftypefn
function [numgrad, grad, relDiff] = checkNNGradients (lambda = 0, activation = "sigmoid", costFunction = @nnCostFunctionLinear)
  lambda = checkScalar ("checkNNGradients", "LAMBDA", lambda);
  checkActivation ("checkNNGradients", activation);
  checkFunction ("checkNNGradients", "the cost function", costFunction);

  input_layer_size = 3;
  hidden_layer_size = 5;
  num_labels = 3;
  m = 5;
  Theta1 = debugInitializeWeights (hidden_layer_size, input_layer_size);
  Theta2 = debugInitializeWeights (num_labels, hidden_layer_size);
  X = debugInitializeWeights (m, input_layer_size - 1);
  y = 10 * debugInitializeWeights (m, num_labels - 1);   # targets sin(k), m-by-num_labels
  nn_params = [Theta1(:); Theta2(:)];

  cost = @(p) feval (costFunction, p, input_layer_size, hidden_layer_size, num_labels, X, y, lambda, activation);
  [~, grad] = cost (nn_params);
  numgrad = computeNumericalGradient (cost, nn_params);
  relDiff = norm (numgrad - grad) / norm (numgrad + grad);

  if (nargout == 0)
    disp ([numgrad, grad]);
    printf ("The columns above should be very close (numerical, analytic).\n");
    printf ("Relative difference: %g (below 1e-9 for a correct gradient)\n", relDiff);
    clear numgrad grad relDiff   # printed already: no "ans = " after the table
  endif
endfunction

%!test
%! ## A correct gradient, for every activation and lambda in {0, 1, 3}.
%! for act = {"sigmoid", "tanh", "linear"}
%!   for lambda = [0, 1, 3]
%!     [numgrad, grad, relDiff] = checkNNGradients (lambda, act{1});
%!     assert (relDiff < 1e-9, sprintf ("%s, lambda %d: %g", act{1}, lambda, relDiff))
%!     assert (size (grad), [38, 1])
%!   endfor
%! endfor

## Each of the usual mistakes is caught by the same check.
%!function [J, grad] = __scaled_2_over_m__ (varargin)
%!  [J, grad] = nnCostFunctionLinear (varargin{:});
%!  grad = 2 * grad;
%!endfunction
%!function [J, grad] = __bias_regularised__ (p, nin, nh, nl, X, y, lambda, act)
%!  [J, grad] = nnCostFunctionLinear (p, nin, nh, nl, X, y, lambda, act);
%!  m = rows (X);
%!  n1 = nh * (nin + 1);
%!  bias = [1:nh, n1 + (1:nl)];             # the first column of each Theta
%!  grad(bias) += (lambda / m) * p(bias);
%!endfunction
%!function [J, grad] = __row_major__ (p, nin, nh, nl, X, y, lambda, act)
%!  [J, grad] = nnCostFunctionLinear (p, nin, nh, nl, X, y, lambda, act);
%!  n1 = nh * (nin + 1);
%!  G1 = reshape (grad(1:n1), nh, nin + 1)';
%!  G2 = reshape (grad(n1+1:end), nl, nh + 1)';
%!  grad = [G1(:); G2(:)];
%!endfunction
%!function [J, grad] = __delta_times_activation__ (p, nin, nh, nl, X, y, lambda, act)
%!  J = nnCostFunctionLinear (p, nin, nh, nl, X, y, lambda, act);
%!  n1 = nh * (nin + 1);
%!  T1 = reshape (p(1:n1), nh, nin + 1);
%!  T2 = reshape (p(n1+1:end), nl, nh + 1);
%!  m = rows (X);
%!  a1 = [ones(m, 1), X];
%!  h = sigmoid (a1 * T1');
%!  a2 = [ones(m, 1), h];
%!  d3 = a2 * T2' - y;
%!  d2 = (d3 * T2(:, 2:end)) .* h;          # the activation, not its derivative
%!  G1 = d2' * a1 / m;
%!  G2 = d3' * a2 / m;
%!  G1(:, 2:end) += lambda / m * T1(:, 2:end);
%!  G2(:, 2:end) += lambda / m * T2(:, 2:end);
%!  grad = [G1(:); G2(:)];
%!endfunction

%!test
%! [~, ~, r] = checkNNGradients (0, "sigmoid", @__scaled_2_over_m__);
%! assert (r > 0.1)
%!test
%! [~, ~, r] = checkNNGradients (3, "sigmoid", @__bias_regularised__);
%! assert (r > 1e-3)
%!test
%! [~, ~, r] = checkNNGradients (0, "tanh", @__row_major__);
%! assert (r > 1e-3)
%!test
%! [~, ~, r] = checkNNGradients (0, "sigmoid", @__delta_times_activation__);
%! assert (r > 1e-3)

%!function [J, grad] = __nan_cost__ (varargin)
%!  [J, grad] = nnCostFunctionLinear (varargin{:});
%!  J = NaN;
%!endfunction
%!function [J, grad] = __flat_cost__ (p, varargin)
%!  J = 1;
%!  grad = zeros (size (p));
%!endfunction
%!test
%! ## NaN in, NaN out: a NaN cost, and 0/0 for a constant cost.
%! [numgrad, ~, r] = checkNNGradients (0, "sigmoid", @__nan_cost__);
%! assert (all (isnan (numgrad)))
%! assert (isnan (r))
%! [numgrad, grad, r] = checkNNGradients (0, "sigmoid", @__flat_cost__);
%! assert ([numgrad, grad], zeros (38, 2))
%! assert (isnan (r))

## Test input validation
%!error <called with too many inputs> checkNNGradients (0, "tanh", @nnCostFunctionLinear, 4)
%!error <ACTIVATION must be "sigmoid", "tanh" or "linear", got "relu"> checkNNGradients (0, "relu")
%!error <LAMBDA must be a real scalar, got "a"> checkNNGradients ("a")
%!error <the cost function must be callable, got 5> checkNNGradients (0, "tanh", 5)
