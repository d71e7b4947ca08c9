## -*- texinfo -*-
## @deftypefn {} {@var{theta} =} normalEqn (@var{X}, @var{y})
## Least-squares parameters of the linear model @code{@var{X}*@var{theta}}
## from the normal equations: @code{theta = pinv (X'*X) * X' * y}.
##
## @var{X} is m-by-n (a column of ones first), @var{y} m-by-1; @var{theta}
## is n-by-1.  @code{pinv} makes a rank-deficient @var{X} give the
## minimum-norm solution instead of an error.
## @seealso{gradientDescentMulti, pinv}
## @end deftypefn
function theta = normalEqn (X, y)
  if (nargin != 2)
    print_usage ();
  endif
  [X, y] = checkRegressionArgs ("normalEqn", X, y);

  theta = pinv (X' * X) * X' * y;
endfunction

%!test
%! ## An exact line through three points.
%! X = [1 0; 1 1; 1 2];
%! assert (normalEqn (X, [1; 3; 5]), [1; 2], 1e-12)

%!test
%! ## The least-squares fit of y = 1, 3, 4, 9 at x = 0, 1, 2, 4 (by hand: 0.8 and 69/35).
%! X = [ones(4, 1), [0; 1; 2; 4]];
%! assert (normalEqn (X, [1; 3; 4; 9]), [0.8; 69/35], 1e-12)

%!test
%! ## A repeated column: the minimum-norm solution splits the weight evenly.
%! X = [1 1 1; 1 2 2; 1 3 3];
%! assert (normalEqn (X, [2; 4; 6]), [0; 1; 1], 1e-12)

## Test input validation
%!error <Invalid call> normalEqn (1)
%!error <Y must be an M-by-1 column \(X is 3x2, so M = 3; Y is 2x1\)> normalEqn (ones (3, 2), [1; 2])
%!error <X must be a real numeric matrix> normalEqn ("abc", [1; 2; 3])
