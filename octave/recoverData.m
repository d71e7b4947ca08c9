## -*- texinfo -*-
## @deftypefn {} {@var{X_rec} =} recoverData (@var{Z}, @var{U}, @var{K})
## The points @var{Z} (coordinates along the first @var{K} columns of
## @var{U}) back in the original space:
##
## @example
## X_rec = Z * U(:, 1:K)'
## @end example
##
## @noindent
## @var{Z} is m-by-K, @var{U} n-by-p (the principal directions from pca), @var{K} from 1 to p;
## @var{X_rec} is m-by-n, the projection of the data on the span of those
## columns when @var{U} is orthogonal.
## @seealso{pca, projectData}
## @end deftypefn
function X_rec = recoverData (Z, U, K)
  if (nargin != 3)
    print_usage ();
  endif
  [Z, U, K] = checkPcaRecovery ("recoverData", Z, U, K);

  X_rec = Z * U(:, 1:K)';
endfunction

%!test
%! ## The course's figure: the first example's projection 1.481274 on U(:, 1) = -[1; 1]/sqrt (2)
%! ## comes back as -1.047419 -1.047419.
%! U = [-1 1; -1 -1] / sqrt (2);
%! assert (recoverData (1.481274, U, 1), [-1.047419 -1.047419], 5e-7)

%!test
%! ## Projecting the recovered points gives Z back (orthonormal U).
%! U = [0.6 -0.8; 0.8 0.6];
%! Z = [1; -2; 0.5];
%! assert (projectData (recoverData (Z, U, 1), U, 1), Z, 1e-15)
%! assert (size (recoverData (Z, U, 1)), [3, 2])

%!test
%! ## Integer, single and logical inputs as their values as doubles.
%! U = [0.6 -0.8; 0.8 0.6];
%! assert (recoverData (int8 ([2; 3]), single (U), 1), [2; 3] * double (single (U(:, 1)))')
%! assert (recoverData (true, U, 1), [0.6 0.8])

## Test input validation
%!error <Invalid call> recoverData (1, 1)
%!error <Z must have K columns \(K is 1, Z is 3x2\)> recoverData (ones (3, 2), eye (2), 1)
%!error <K must be at most the number of columns of U \(U is 2x2\), got 3> recoverData (ones (3, 3), eye (2), 3)
%!error <U must be a real numeric matrix, got "u"> recoverData (ones (3, 1), "u", 1)
