## -*- texinfo -*-
## @deftypefn {} {@var{Z} =} projectData (@var{X}, @var{U}, @var{K})
## The rows of @var{X} projected on the first @var{K} columns of @var{U}:
##
## @example
## Z = X * U(:, 1:K)
## @end example
##
## @noindent
## @var{X} is m-by-n, @var{U} n-by-p (the principal directions from pca, p
## = n), @var{K} from 1 to p; @var{Z} is m-by-K.
## @seealso{pca, recoverData}
## @end deftypefn
function Z = projectData (X, U, K)
  if (nargin != 3)
    print_usage ();
  endif
  [X, U, K] = checkPcaProjection ("projectData", X, U, K);

  Z = X * U(:, 1:K);
endfunction

%!test
%! ## The diagonal direction of the course's figure: a point's coordinate along it.
%! U = [-1 1; -1 -1] / sqrt (2);
%! assert (projectData ([1 2; -3 0.5], U, 1), [-3; 2.5] / sqrt (2), eps)
%! assert (projectData ([1 2], U, 2), [1 2] * U, eps)

%!test
%! ## K = n with an orthogonal U keeps all: recoverData gives X back.
%! X = [2 0 1; -1 3 0; 0 -2 4; 1 1 1];
%! [U, S] = pca (X);
%! assert (recoverData (projectData (X, U, 3), U, 3), X, 1e-14)
%! assert (size (projectData (X, U, 2)), [4, 2])

%!test
%! ## Integer, single and logical inputs as their values as doubles.
%! U = [0.6 -0.8; 0.8 0.6];
%! assert (projectData (int8 ([1 2; 3 4]), single (U), int16 (1)), [1 2; 3 4] * double (single (U(:, 1))))
%! assert (projectData (logical ([1 0]), U, true), 0.6)

## Test input validation
%!error <Invalid call> projectData (1, 1)
%!error <U must have one row for each column of X \(X is 4x2, U is 3x3\)> projectData (ones (4, 2), eye (3), 1)
%!error <K must be at most the number of columns of U \(U is 2x2\), got 3> projectData (ones (4, 2), eye (2), 3)
%!error <K must be a positive integer, got 0> projectData (ones (4, 2), eye (2), 0)
%!error <K must be at most the number of columns of U \(U is 2x2\), got 1e\+20> projectData (ones (4, 2), eye (2), 1e20)
