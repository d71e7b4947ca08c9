## -*- texinfo -*-
## @deftypefn {} {@var{p} =} predictOneVsAll (@var{all_theta}, @var{X})
## The class each row of @var{X} is predicted to be by the one-vs-all
## classifiers in @var{all_theta}: the label whose classifier scores highest,
## @code{[~, p] = max ([ones(m, 1), X] * all_theta', [], 2)}.
##
## @var{all_theta} is num_labels-by-(n+1) (as oneVsAll returns it), @var{X}
## m-by-n (m may be 0); @var{p} is an m-by-1 column of labels 1 to num_labels.
## The largest score is also the largest probability (sigmoid is
## increasing).  As @code{max}: a tie goes to the first class, NaN scores are
## passed over, and a row of NaN alone gives class 1.
## @seealso{oneVsAll}
## @end deftypefn
function p = predictOneVsAll (all_theta, X)
  if (nargin != 2)
    print_usage ();
  endif
  [all_theta, X] = checkClassPredictArgs ("predictOneVsAll", all_theta, X);

  [~, p] = max ([ones(rows (X), 1), X] * all_theta', [], 2);
endfunction

%!test
%! ## Each row goes to the class whose classifier scores it highest.
%! all_theta = [0 1 0; 0 0 1; 0 -1 -1];
%! X = [2 1; 1 2; -1 -1; 5 -5];
%! assert (predictOneVsAll (all_theta, X), [1; 2; 3; 1])

%!test
%! ## A tie goes to the first class; the intercept counts.
%! assert (predictOneVsAll ([0 1; 0 1; 0.5 0], [1; 0.25; 0.5]), [1; 3; 1])   # 0.5: a three-way tie

%!test
%! ## NaN scores are passed over, as max does; a row of NaN alone is class 1.
%! all_theta = [0 1; 0 -1; 1 0];
%! assert (predictOneVsAll (all_theta, [Inf; -Inf; NaN]), [1; 2; 1])
%! assert (predictOneVsAll ([NaN 0; 0 1], [1; -2]), [2; 2])

%!test
%! ## The labels oneVsAll was trained on, and the shapes: no rows, one class.
%! assert (size (predictOneVsAll (ones (3, 3), zeros (0, 2))), [0, 1])
%! assert (predictOneVsAll ([1 2 3], [1 2; 3 4]), [1; 1])
%! assert (class (predictOneVsAll ([1 2; 3 4], int8 ([1; 2]))), "double")
%! assert (predictOneVsAll ([0 1; 0 -1], [true; false]), [1; 1])

## Test input validation
%!error <Invalid call> predictOneVsAll (1)
%!error <ALL_THETA must have one column more than X, for the intercept \(ALL_THETA is 3x2, X is 4x2\)>
%! predictOneVsAll (ones (3, 2), ones (4, 2))
%!error <ALL_THETA must have at least one row and one column \(ALL_THETA is 0x3\)> predictOneVsAll (ones (0, 3), ones (4, 2))
%!error <X must be a real numeric matrix, got "x"> predictOneVsAll (ones (3, 2), "x")
%!error <ALL_THETA must be a real numeric matrix, got an array of size 2x2x2> predictOneVsAll (ones (2, 2, 2), ones (4, 1))
