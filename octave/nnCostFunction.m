## -*- texinfo -*-
## @deftypefn {} {[@var{J}, @var{grad}] =} nnCostFunction (@var{nn_params}, @var{input_layer_size}, @var{hidden_layer_size}, @var{num_labels}, @var{X}, @var{y}, @var{lambda})
## Cost and gradient of a classification network with one hidden layer:
## sigmoid hidden units, sigmoid outputs, one per class, and the
## cross-entropy of the outputs against the labels.
##
## The weights come unrolled column-major in @var{nn_params}:
## @code{Theta1} is hidden_layer_size-by-(input_layer_size+1) and
## @code{Theta2} num_labels-by-(hidden_layer_size+1), each with its bias
## column first.  @var{X} is m-by-input_layer_size; @var{y} is an m-by-1
## column of class labels 1 to num_labels, which become the one-hot rows
## @code{Y = (y == 1:num_labels)}:
##
## @example
## a3 = sigmoid ([1, sigmoid([1, X] * Theta1')] * Theta2')
## J = sum (sum (-Y .* log (a3) - (1 - Y) .* log (1 - a3))) / m
##     + lambda / (2*m) * (sum (sum (Theta1(:,2:end).^2)) + sum (sum (Theta2(:,2:end).^2)))
## @end example
##
## @noindent
## @var{grad} is the exact gradient of @var{J} by back propagation, unrolled
## @code{[Theta1_grad(:); Theta2_grad(:)]}: the output error is
## @code{a3 - Y} (the sigmoid's slope cancels against the cross-entropy's),
## the hidden error carries the sigmoid's derivative, and the bias columns are
## not regularised.
## @seealso{nnCostFunctionLinear, computeNumericalGradient, debugInitializeWeights, fmincg}
## @end deftypefn
function [J, grad] = nnCostFunction (nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda)
  if (nargin != 7)
    print_usage ();
  endif
  fname = "nnCostFunction";
  [Theta1, Theta2, X, y] = checkClassNetworkArgs (fname, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y);
  lambda = checkScalar (fname, "LAMBDA", lambda);
  m = rows (X);
  Y = double (y == 1:rows (Theta2));   # one-hot rows: Y(i, k) is 1 where y(i) is k

  ## Forward pass.
  a1 = [ones(m, 1), X];
  z2 = a1 * Theta1';
  [h, dh] = activationFunction ("sigmoid", z2);
  a2 = [ones(m, 1), h];
  a3 = sigmoid (a2 * Theta2');

  ## Cost: cross-entropy plus the penalty on the non-bias weights.
  T1 = Theta1(:, 2:end);
  T2 = Theta2(:, 2:end);
  J = sum (sum (-Y .* log (a3) - (1 - Y) .* log (1 - a3))) / m ...
      + (lambda / (2 * m)) * (sum (sum (T1 .* T1)) + sum (sum (T2 .* T2)));

  ## Back propagation.
  d3 = a3 - Y;
  d2 = (d3 * T2) .* dh;
  Theta1_grad = (d2' * a1) / m;
  Theta2_grad = (d3' * a2) / m;
  Theta1_grad(:, 2:end) += (lambda / m) * T1;
  Theta2_grad(:, 2:end) += (lambda / m) * T2;
  grad = [Theta1_grad(:); Theta2_grad(:)];
endfunction

%!shared K, Theta1, Theta2, p, X, y
%! ## The debug network of gradient checking: 3 inputs, 5 hidden units, 3 classes, 5 examples.
%! K = 3;
%! Theta1 = debugInitializeWeights (5, 3);
%! Theta2 = debugInitializeWeights (K, 5);
%! p = [Theta1(:); Theta2(:)];
%! X = debugInitializeWeights (5, 2);
%! y = mod (1:5, K)' + 1;   # labels 2, 3, 1, 2, 3

%!test
%! ## Checked by gradient checking, as the regression network is: back propagation
%! ## against central differences, for lambda 0, 1 and 3.
%! for lambda = [0, 1, 3]
%!   cost = @(t) nnCostFunction (t, 3, 5, K, X, y, lambda);
%!   [~, grad] = cost (p);
%!   numgrad = computeNumericalGradient (cost, p);
%!   relDiff = norm (numgrad - grad) / norm (numgrad + grad);
%!   assert (relDiff < 1e-9, sprintf ("lambda %d: %g", lambda, relDiff))
%!   assert (size (grad), [38, 1])
%! endfor

%!test
%! ## The cost written out one example and one class at a time.
%! lambda = 1.5;
%! [J, grad] = nnCostFunction (p, 3, 5, K, X, y, lambda);
%! total = 0;
%! for i = 1:rows (X)
%!   out = sigmoid (Theta2 * [1; sigmoid(Theta1 * [1; X(i, :)'])]);
%!   for k = 1:K
%!     total -= (y(i) == k) * log (out(k)) + (y(i) != k) * log (1 - out(k));
%!   endfor
%! endfor
%! reg = sumsq (Theta1(:, 2:end)(:)) + sumsq (Theta2(:, 2:end)(:));
%! assert (J, total / 5 + lambda / 10 * reg, 1e-14)

%!test
%! ## Zero weights: every output is 1/2, so each example costs K * log (2) whatever its label;
%! ## the output biases' gradient is the mean of 1/2 - Y.
%! [J, grad] = nnCostFunction (zeros (38, 1), 3, 5, K, X, y, 2);
%! assert (J, K * log (2), 1e-15)
%! assert (grad(21:23), [0.5 - 1/5; 0.5 - 2/5; 0.5 - 2/5], 1e-15)   # labels 1, 2, 3: once, twice, twice
%! assert (grad(1:20), zeros (20, 1))

%!test
%! ## The penalty leaves the bias columns alone.
%! [J0, g0] = nnCostFunction (p, 3, 5, K, X, y, 0);
%! [J1, g1] = nnCostFunction (p, 3, 5, K, X, y, 3);
%! reg = sumsq (Theta1(:, 2:end)(:)) + sumsq (Theta2(:, 2:end)(:));
%! assert (J1 - J0, 3 / 10 * reg, 1e-14)
%! assert (g1([1:5, 21:23]), g0([1:5, 21:23]))

%!test
%! ## As the course's driver calls it: a handle for fmincg; labels made by a comparison
%! ## (1 + (y == 2): a logical plus 1) are numbers as any others.
%! y2 = 1 + (y == 2);
%! p2 = [Theta1(:); debugInitializeWeights(2, 5)(:)];
%! [J, grad] = nnCostFunction (p2, 3, 5, 2, X, y2, 1);
%! [Jl, gradl] = nnCostFunction (p2, 3, 5, 2, X, 1 + logical (y == 2), 1);
%! assert ([Jl; gradl], [J; grad])
%! Xs = 30 * X;   # features of size ~1
%! [p3, cost] = fmincg (@(t) nnCostFunction (t, 3, 5, K, Xs, y, 0.1), p, struct ("MaxIter", 50, "Display", "off"));
%! assert (cost(end) < cost(1))
%! h = sigmoid ([ones(5, 1), Xs] * reshape (p3(1:20), 5, 4)');
%! [~, pred] = max (sigmoid ([ones(5, 1), h] * reshape (p3(21:end), 3, 6)'), [], 2);
%! assert (pred, y)   # the five examples learnt

%!test
%! ## Integer and single arguments are numbers: the double result.
%! [J, grad] = nnCostFunction (p, 3, 5, K, X, y, 1);
%! [Ji, gi] = nnCostFunction (p, int8 (3), int16 (5), int32 (K), X, int8 (y), int64 (1));
%! assert ([Ji; gi], [J; grad])
%! [Js, gs] = nnCostFunction (single (p), 3, 5, K, X, y, single (0.5));
%! [Jd, gd] = nnCostFunction (double (single (p)), 3, 5, K, X, y, 0.5);
%! assert ([Js; gs], [Jd; gd])
%! assert (class (Js), "double")

%!test
%! ## nn_params as a row: grad is a column all the same.
%! [J, grad] = nnCostFunction (p', 3, 5, K, X, y, 1);
%! assert (size (grad), [38, 1])

%!test
%! ## NaN in X gives NaN, where a weight reaches it.
%! Xn = X;
%! Xn(2, 1) = NaN;
%! [J, grad] = nnCostFunction (p, 3, 5, K, Xn, y, 0);
%! assert (isnan (J))

## Test input validation
%!error <Invalid call> nnCostFunction (1, 2, 3, 1, 1, 1)
%!error <nnCostFunction: Y must hold a class label in each row, one of NUM_LABELS = 3 classes; its 2nd row does not>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 3), [1; 4], 0)
%!error <Y must hold a class label in each row, one of NUM_LABELS = 3 classes; its 1st row does not>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 3), [0; 1], 0)
%!error <nnCostFunction: Y must hold class labels, whole numbers; its 2nd row is not one>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 3), [1; 1.5], 0)
%!error <Y must hold class labels, whole numbers; its 1st row is not one>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 3), [NaN; 1], 0)
%!error <Y must hold class labels, whole numbers; its 2nd row is not one>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 3), [0; Inf], 0)
%!error <Y must be an M-by-1 column \(X is 2x3, so M = 2; Y is 1x2\)>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 3), [1, 2], 0)
%!error <Y must be a real numeric M-by-1 column, got a complex array of size 2x1>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 3), [1; 1i], 0)
%!error <NN_PARAMS must have HIDDEN_LAYER_SIZE\*\(INPUT_LAYER_SIZE\+1\) \+ NUM_LABELS\*\(HIDDEN_LAYER_SIZE\+1\) = 38 elements, got 37>
%! nnCostFunction (ones (37, 1), 3, 5, 3, ones (2, 3), [1; 2], 0)
%!error <NN_PARAMS must be a real numeric vector, got an array of size 19x2>
%! nnCostFunction (ones (19, 2), 3, 5, 3, ones (2, 3), [1; 2], 0)
%!error <X must have INPUT_LAYER_SIZE columns \(X is 2x2, INPUT_LAYER_SIZE is 3\)>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 2), [1; 2], 0)
%!error <X must have at least one row and one column \(X is 0x3\)>
%! nnCostFunction (ones (38, 1), 3, 5, 3, ones (0, 3), ones (0, 1), 0)
%!error <NUM_LABELS must be a positive integer, got 0> nnCostFunction (ones (38, 1), 3, 5, 0, ones (2, 3), [1; 2], 0)
%!error <HIDDEN_LAYER_SIZE is too large \(1e\+10\): THETA1 would have 4e\+10 elements, more than 2\^31-1>
%! nnCostFunction (ones (38, 1), 3, 1e10, 3, ones (2, 3), [1; 2], 0)
%!error <LAMBDA must be a real scalar, got "a"> nnCostFunction (ones (38, 1), 3, 5, 3, ones (2, 3), [1; 2], "a")
