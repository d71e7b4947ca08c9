## -*- texinfo -*-
## @deftypefn  {} {@var{p} =} predict (@var{theta}, @var{X})
## @deftypefnx {} {@var{p} =} predict (@var{Theta1}, @var{Theta2}, @var{X})
## Predictions for the rows of @var{X}; the number of arguments tells the
## two calling forms of the course apart.
##
## With two arguments (ex2, logistic regression), @var{p} is m-by-1 of 1
## where @code{sigmoid (X * theta) >= 0.5} and 0 elsewhere (doubles, not
## logicals, as @code{mean (double (p == y))} expects).  @var{X} is m-by-n,
## @var{theta} n-by-1.
##
## With three arguments (ex3, a trained network), @var{p} is m-by-1 of
## labels 1..K: the index of the largest output of the network
##
## @example
## h = sigmoid ([ones(m, 1), X] * Theta1')
## a3 = sigmoid ([ones(m, 1), h] * Theta2')
## [~, p] = max (a3, [], 2)
## @end example
##
## @noindent
## for each row (the first of equal largest outputs; a NaN output is
## ignored, and a row of NaN gives label 1).  @var{X} is m-by-n, @var{Theta1}
## h-by-(n+1), @var{Theta2} K-by-(h+1) with K >= 1.
## @seealso{costFunction, costFunctionReg, mapFeature, predictLinear}
## @end deftypefn
function p = predict (varargin)
  if (nargin == 2)
    [theta, X] = varargin{:};
    X = checkMatrix ("predict", "X", X, true);
    theta = checkColumn ("predict", "THETA", theta, "N", columns (X), "X", X);
    p = double (sigmoid (X * theta) >= 0.5);
  elseif (nargin == 3)
    [Theta1, Theta2, X] = varargin{:};
    [Theta1, Theta2, X] = checkPredictArgs ("predict", Theta1, Theta2, X, "sigmoid");
    checkMatrix ("predict", "THETA2", Theta2);  # K >= 1: a label to return
    m = rows (X);
    h = sigmoid ([ones(m, 1), X] * Theta1');
    a3 = sigmoid ([ones(m, 1), h] * Theta2');
    [~, p] = max (a3, [], 2);
  else
    print_usage ();
  endif
endfunction

%!test
%! ## Logistic: 1 where X * theta >= 0 (sigmoid 0.5 and above), else 0, as a double column.
%! p = predict ([-1; 2], [1 0; 1 0.5; 1 1; 1 -3]);
%! assert (p, [0; 1; 1; 0])
%! assert (class (p), "double")

%!test
%! ## ex2: after fmincg from zeros (MaxIter 400) the training accuracy is 89%, as the course's
%! ## fminunc gives; the same minimiser gives P(admit | 45, 85) = 0.776 (the course: 0.775 +/- 0.002).
%! d = csvread (fullfile (fileparts (which ("predict")), "..", "data", "ex2data1.csv"), 1, 0);
%! X = [ones(100, 1), d(:, 1:2)];
%! y = d(:, 3);
%! theta = fmincg (@(t) costFunction (t, X, y), zeros (3, 1), struct ("MaxIter", 400, "Display", "off"));
%! assert (mean (double (predict (theta, X) == y)) * 100, 89)
%! assert (sigmoid ([1 45 85] * theta), 0.775, 0.002)

%!test
%! ## Network: the label of the largest output; zero weights in Theta1 give every hidden unit 1/2.
%! Theta1 = zeros (2, 3);
%! Theta2 = [0 1 1; 0 -1 -1; 0 2 2];  # outputs sigmoid ([1; -1; 2]): label 3 for every row
%! assert (predict (Theta1, Theta2, [1 2; 3 4; 5 6]), [3; 3; 3])

%!test
%! ## The label follows the inputs: one hidden unit that copies x, two outputs for x < 0 and x > 0.
%! Theta1 = [0 20];
%! Theta2 = [10 -20; -10 20];
%! assert (predict (Theta1, Theta2, [-1; 2; -0.5; 0.3]), [1; 2; 1; 2])

%!test
%! ## Ties go to the first label, as max does; a NaN output is ignored; a row of NaN is label 1.
%! assert (predict (zeros (1, 2), zeros (3, 2), [5; 6]), [1; 1])
%! assert (predict (zeros (1, 2), [NaN 0; 0 0; 1 1], 1), 3)
%! assert (predict (zeros (1, 2), [NaN 0; NaN 0], 1), 1)

%!test
%! ## No rows: no predictions, in both forms.
%! assert (size (predict ([1; 2], zeros (0, 2))), [0, 1])
%! assert (size (predict (ones (2, 3), ones (4, 3), zeros (0, 2))), [0, 1])

%!test
%! ## Logical, integer and single arguments are their values as doubles.
%! assert (predict (int8 ([-1; 2]), logical ([1 0; 1 1])), predict ([-1; 2], [1 0; 1 1]))
%! assert (predict (single ([0 20]), [10 -20; -10 20], [-1; 2]), [1; 2])

## Test input validation
%!error <Invalid call> predict ([1; 2])
%!error <Invalid call> predict (1, 2, 3, 4)
%!error <predict: THETA must be an N-by-1 column \(X is 3x2, so N = 2; THETA is 1x2\)> predict ([1 2], ones (3, 2))
%!error <predict: X must be a real numeric matrix, got "ab"> predict ([1; 2], "ab")
%!error <predict: THETA1 must have one column more than X \(THETA1 is 2x2, X is 3x2\)> predict (ones (2, 2), ones (1, 3), ones (3, 2))
%!error <predict: THETA2 must have one column more than THETA1 has rows \(THETA1 is 2x3, THETA2 is 1x2\)> predict (ones (2, 3), ones (1, 2), ones (3, 2))
%!error <predict: THETA2 must have at least one row and one column \(THETA2 is 0x3\)> predict (ones (2, 3), zeros (0, 3), ones (3, 2))
