## -*- texinfo -*-
## @deftypefn  {} {@var{all_theta} =} oneVsAll (@var{X}, @var{y}, @var{num_labels}, @var{lambda})
## @deftypefnx {} {@var{all_theta} =} oneVsAll (@dots{}, @var{costFunction})
## Train one regularised logistic-regression classifier per class, each
## telling its class from all the others.
##
## @var{X} is m-by-n (no column of ones: it is added here), @var{y} an m-by-1
## column of class labels 1 to @var{num_labels}.  For each class @var{c},
## @code{fmincg} minimises @code{lrCostFunction (theta, [ones(m, 1), X], (y ==
## c), lambda)} over theta from zeros, for 50 line searches (quietly:
## @code{Display} off); @var{all_theta} is num_labels-by-(n+1), its row
## @var{c} the theta of class @var{c}, intercept first.
##
## @var{costFunction} (default @code{@@lrCostFunction}) is any function with
## lrCostFunction's signature, called as @code{costFunction (theta, [ones(m,
## 1), X], (y == c), lambda)}: the cross-check passes the original's own
## objective to the port through it, to check the training loop apart from the
## objective.
## @seealso{predictOneVsAll, lrCostFunction, fmincg}
## @end deftypefn
function all_theta = oneVsAll (X, y, num_labels, lambda, costFunction = @lrCostFunction)
  if (nargin < 4 || nargin > 5)
    print_usage ();
  endif
  fname = "oneVsAll";
  X = checkMatrix (fname, "X", X);
  [m, n] = size (X);
  num_labels = checkCount (fname, "NUM_LABELS", num_labels, 1, "ALL_THETA", n + 1);
  y = checkClassLabels (fname, y, num_labels, X);
  lambda = checkScalar (fname, "LAMBDA", lambda);
  checkFunction (fname, "the cost function", costFunction);

  X = [ones(m, 1), X];
  options = struct ("MaxIter", 50, "Display", "off");
  all_theta = zeros (num_labels, n + 1);
  for c = 1:num_labels
    theta = fmincg (@(t) feval (costFunction, t, X, (y == c), lambda), zeros (n + 1, 1), options);
    all_theta(c, :) = theta';
  endfor
endfunction

%!shared X, y
%! ## Three clusters in the plane, around (0, 3), (3, -2) and (-3, -2), labels 1, 2, 3.
%! t = (0:9)' / 10;
%! ring = [cos(2*pi*t), sin(2*pi*t)];
%! X = [ring + [0, 3]; ring + [3, -2]; ring + [-3, -2]];
%! y = [ones(10, 1); 2 * ones(10, 1); 3 * ones(10, 1)];

%!test
%! ## Each class told from the others: every training example predicted right.
%! all_theta = oneVsAll (X, y, 3, 0.1);
%! assert (size (all_theta), [3, 3])
%! p = predictOneVsAll (all_theta, X);
%! assert (mean (double (p == y)) * 100, 100)

%!test
%! ## Row c is fmincg on lrCostFunction with the labels (y == c), from zeros, 50 line searches.
%! all_theta = oneVsAll (X, y, 3, 1);
%! opts = struct ("MaxIter", 50, "Display", "off");
%! for c = 1:3
%!   theta = fmincg (@(t) lrCostFunction (t, [ones(30, 1), X], (y == c), 1), zeros (3, 1), opts);
%!   assert (all_theta(c, :), theta')
%! endfor

%!test
%! ## Two classes are one problem seen from both sides: the thetas are opposite.
%! all_theta = oneVsAll (X(1:20, :), y(1:20), 2, 1);
%! assert (all_theta(1, :), -all_theta(2, :), 1e-6)

%!test
%! ## A class with no example: its classifier says "not this one" everywhere.
%! all_theta = oneVsAll (X, y, 4, 1);
%! assert (all (([ones(30, 1), X] * all_theta(4, :)') < 0))
%! assert (all_theta(1:3, :), oneVsAll (X, y, 3, 1))

%!test
%! ## The cost function given, as a handle or a name; lrCostFunction by default.
%! assert (oneVsAll (X, y, 3, 1, @lrCostFunction), oneVsAll (X, y, 3, 1))
%! assert (oneVsAll (X, y, 3, 1, "lrCostFunction"), oneVsAll (X, y, 3, 1))
%! half = @(t, X, y, lambda) deal (lrCostFunction (t, X, y, lambda) / 2, nthargout (2, @lrCostFunction, t, X, y, lambda) / 2);
%! assert (oneVsAll (X, y, 3, 1, half), oneVsAll (X, y, 3, 1), 1e-3)

%!test
%! ## Integer, single and logical arguments are numbers: the double result.
%! all_theta = oneVsAll (round (X), y, 3, 1);
%! assert (oneVsAll (int8 (round (X)), int8 (y), int8 (3), int8 (1)), all_theta)
%! assert (oneVsAll (single (round (X)), single (y), 3, single (1)), all_theta)
%! assert (oneVsAll (X(1:20, :) > 0, 1 + (y(1:20) > 1), 2, true), oneVsAll (double (X(1:20, :) > 0), y(1:20), 2, 1))

## Test input validation
%!error <Invalid call> oneVsAll (1, 1, 1)
%!error <oneVsAll: Y must hold a class label in each row, one of NUM_LABELS = 2 classes; its 3rd row does not>
%! oneVsAll (ones (3, 2), [1; 2; 3], 2, 0)
%!error <Y must hold a class label in each row, one of NUM_LABELS = 2 classes; its 1st row does not>
%! oneVsAll (ones (3, 2), [0; 1; 2], 2, 0)
%!error <Y must hold class labels, whole numbers; its 2nd row is not one>
%! oneVsAll (ones (3, 2), [0; 1.5; 2], 2, 0)
%!error <Y must be an M-by-1 column \(X is 3x2, so M = 3; Y is 1x3\)> oneVsAll (ones (3, 2), [1 2 1], 2, 0)
%!error <Y must be a real numeric M-by-1 column, got "abc"> oneVsAll (ones (3, 2), "abc", 2, 0)
%!error <X must be a real numeric matrix, got a complex array of size 3x2> oneVsAll (1i * ones (3, 2), [1; 2; 1], 2, 0)
%!error <X must have at least one row and one column \(X is 0x2\)> oneVsAll (ones (0, 2), ones (0, 1), 2, 0)
%!error <NUM_LABELS must be a positive integer, got 0> oneVsAll (ones (3, 2), [1; 2; 1], 0, 0)
%!error <NUM_LABELS must be a positive integer, got 2.5> oneVsAll (ones (3, 2), [1; 2; 1], 2.5, 0)
%!error <NUM_LABELS is too large \(1e\+10\): ALL_THETA would have 3e\+10 elements, more than 2\^31-1>
%! oneVsAll (ones (3, 2), [1; 2; 1], 1e10, 0)
%!error <LAMBDA must be a real scalar, got an array of size 1x2> oneVsAll (ones (3, 2), [1; 2; 1], 2, [1 2])
%!error <the cost function must be callable, got 5> oneVsAll (ones (3, 2), [1; 2; 1], 2, 0, 5)
