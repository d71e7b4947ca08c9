## -*- texinfo -*-
## @deftypefn  {} {[@var{J}, @var{grad}] =} nnCostFunctionLinear (@var{nn_params}, @var{input_layer_size}, @var{hidden_layer_size}, @var{num_labels}, @var{X}, @var{y}, @var{lambda})
## @deftypefnx {} {[@var{J}, @var{grad}] =} nnCostFunctionLinear (@dots{}, @var{activation})
## Cost and gradient of a regression network with one hidden layer, a linear
## output layer and squared error.
##
## The weights come unrolled column-major in @var{nn_params}:
## @code{Theta1} is hidden_layer_size-by-(input_layer_size+1) and
## @code{Theta2} num_labels-by-(hidden_layer_size+1), each with its bias
## column first.  @var{X} is m-by-input_layer_size, @var{y}
## m-by-num_labels.  The hidden activation is @qcode{"sigmoid"} (the default),
## @qcode{"tanh"} or @qcode{"linear"}.
##
## @example
## J = sum (sum ((a3 - y).^2)) / (2*m)
##     + lambda / (2*m) * (sum (sum (Theta1(:,2:end).^2)) + sum (sum (Theta2(:,2:end).^2)))
## @end example
##
## @noindent
## @var{grad} is the exact gradient of @var{J}, unrolled
## @code{[Theta1_grad(:); Theta2_grad(:)]}: the error term is scaled by 1/m
## (the derivative of the 1/(2m) square), the hidden delta uses the
## derivative of the activation, and the bias columns are not regularised.
## @seealso{predictLinear, checkNNGradients, fmincg}
## @end deftypefn
function [J, grad] = nnCostFunctionLinear (nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda, activation = "sigmoid")
  if (nargin < 7 || nargin > 8)
    print_usage ();
  endif
  fname = "nnCostFunctionLinear";
  [Theta1, Theta2, X, y] = checkNetworkArgs (fname, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y);
  lambda = checkScalar (fname, "LAMBDA", lambda);
  checkActivation (fname, activation);
  m = rows (X);

  ## Forward pass.
  a1 = [ones(m, 1), X];
  z2 = a1 * Theta1';
  [h, dh] = activationFunction (activation, z2);
  a2 = [ones(m, 1), h];
  a3 = a2 * Theta2';

  ## Cost: squared error plus the penalty on the non-bias weights.
  d3 = a3 - y;
  T1 = Theta1(:, 2:end);
  T2 = Theta2(:, 2:end);
  J = sum (sum (d3 .* d3)) / (2 * m) ...
      + (lambda / (2 * m)) * (sum (sum (T1 .* T1)) + sum (sum (T2 .* T2)));

  ## Back propagation.
  d2 = (d3 * T2) .* dh;
  Theta1_grad = (d2' * a1) / m;
  Theta2_grad = (d3' * a2) / m;
  Theta1_grad(:, 2:end) += (lambda / m) * T1;
  Theta2_grad(:, 2:end) += (lambda / m) * T2;
  grad = [Theta1_grad(:); Theta2_grad(:)];
endfunction

%!test
%! ## Integer layer sizes are whole numbers, not an integer class: 200*(200+1) = 40200 elements,
%! ## where int16 arithmetic would saturate at 32767.
%! p = sin (1:(200 * 201 + 201))' / 10;
%! X = cos (1:400);
%! X = reshape (X, 2, 200);
%! [J, grad] = nnCostFunctionLinear (p, int16 (200), int16 (200), int16 (1), X, [1; 0], 0);
%! [J0, grad0] = nnCostFunctionLinear (p, 200, 200, 1, X, [1; 0], 0);
%! assert (J, J0)
%! assert (grad, grad0)

%!shared X, y, p
%! X = [1 2; -1 0.5; 0 -3];
%! y = [0.5; -1; 2];
%! p = (1:13)' / 10;   # 3*(2+1) + 1*(3+1) weights

%!test
%! ## A linear network with zero weights predicts 0: J = sum (y.^2) / (2*m).
%! [J, grad] = nnCostFunctionLinear (zeros (13, 1), 2, 3, 1, X, y, 0, "linear");
%! assert (J, (0.25 + 1 + 4) / 6, eps)
%! assert (size (grad), [13, 1])

%!test
%! ## One example, one hidden unit, linear: a3 = t2(1) + t2(2)*(t1(1) + t1(2)*x).
%! ## Theta1 = [1 2], Theta2 = [3 4], x = 1, y = 0: z2 = 3, a3 = 15, J = 15^2 / 2.
%! [J, grad] = nnCostFunctionLinear ([1; 2; 3; 4], 1, 1, 1, 1, 0, 0, "linear");
%! assert (J, 112.5)
%! ## dJ/dt2 = d3 * [1, a2] = 15 * [1, 3]; dJ/dt1 = d3 * t2(2) * [1, x] = 60 * [1, 1].
%! assert (grad, [60; 60; 15; 45])

%!test
%! ## The penalty leaves the bias columns alone: lambda adds lambda/(2m) * sum of the rest.
%! [J0, g0] = nnCostFunctionLinear (p, 2, 3, 1, X, y, 0);
%! [J1, g1] = nnCostFunctionLinear (p, 2, 3, 1, X, y, 3);
%! Theta1 = reshape (p(1:9), 3, 3);
%! Theta2 = reshape (p(10:13), 1, 4);
%! reg = sum (sum (Theta1(:, 2:end) .^ 2)) + sum (Theta2(2:end) .^ 2);
%! assert (J1 - J0, 3 / 6 * reg, 1e-14)
%! assert (g1([1:3, 10]) - g0([1:3, 10]), zeros (4, 1))   # bias weights: no penalty

%!test
%! ## The gradient is the gradient of J, for every activation.
%! for act = {"sigmoid", "tanh", "linear"}
%!   f = @(t) nnCostFunctionLinear (t, 2, 3, 1, X, y, 1.5, act{1});
%!   [~, grad] = f (p);
%!   numgrad = computeNumericalGradient (f, p);
%!   assert (norm (numgrad - grad) / norm (numgrad + grad) < 1e-7)   # e^2 truncation; a wrong gradient is off by >1e-3
%! endfor

%!test
%! ## Several outputs: y is m-by-num_labels.
%! [J, grad] = nnCostFunctionLinear ((1:17)' / 20, 2, 3, 2, X, [y, -y], 0.5, "tanh");
%! assert (isscalar (J) && size (grad, 1) == 17)

## Test input validation
%!error <Invalid call> nnCostFunctionLinear (1, 2, 3, 1, 1, 1)
%!error <NN_PARAMS must have HIDDEN_LAYER_SIZE\*\(INPUT_LAYER_SIZE\+1\) \+ NUM_LABELS\*\(HIDDEN_LAYER_SIZE\+1\) = 13 elements, got 12>
%! nnCostFunctionLinear (ones (12, 1), 2, 3, 1, ones (3, 2), ones (3, 1), 0)
%!error <NN_PARAMS must be a real numeric vector, got an array of size 13x2> nnCostFunctionLinear (ones (13, 2), 2, 3, 1, ones (3, 2), ones (3, 1), 0)
%!error <ACTIVATION must be "sigmoid", "tanh" or "linear", got "relu">
%! nnCostFunctionLinear (ones (13, 1), 2, 3, 1, ones (3, 2), ones (3, 1), 0, "relu")
%!error <X must have INPUT_LAYER_SIZE columns \(X is 3x3, INPUT_LAYER_SIZE is 2\)>
%! nnCostFunctionLinear (ones (13, 1), 2, 3, 1, ones (3, 3), ones (3, 1), 0)
%!error <Y must be M-by-NUM_LABELS \(X is 3x2, NUM_LABELS is 1; Y is 1x3\)>
%! nnCostFunctionLinear (ones (13, 1), 2, 3, 1, ones (3, 2), ones (1, 3), 0)
%!error <HIDDEN_LAYER_SIZE must be a positive integer, got 0> nnCostFunctionLinear (ones (13, 1), 2, 0, 1, ones (3, 2), ones (3, 1), 0)
%!error <LAMBDA must be a real scalar, got an array of size 1x2> nnCostFunctionLinear (ones (13, 1), 2, 3, 1, ones (3, 2), ones (3, 1), [1 2])
%!error <Y must be a real numeric M-by-NUM_LABELS matrix, got a complex array of size 3x1>
%! nnCostFunctionLinear (ones (13, 1), 2, 3, 1, ones (3, 2), 1i * ones (3, 1), 0)
%!error <ACTIVATION must be "sigmoid", "tanh" or "linear", got 3>
%! nnCostFunctionLinear (ones (13, 1), 2, 3, 1, ones (3, 2), ones (3, 1), 0, 3)
