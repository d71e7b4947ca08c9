## -*- texinfo -*-
## @deftypefn {} {[@var{U}, @var{S}] =} pca (@var{X})
## Principal components of the rows of @var{X}: the singular value
## decomposition of the covariance matrix,
##
## @example
## Sigma = X' * X / m
## [U, S, V] = svd (Sigma)
## @end example
##
## @noindent
## @var{X} is m-by-n and finite, normally with zero-mean columns
## (featureNormalize): it is not centred here.  @var{U} is n-by-n, the
## principal directions in its columns, and @var{S} n-by-n diagonal, the
## variance along each, largest first.  Both come from LAPACK's
## @code{dgesvd} (Octave's default @code{svd_driver}).
##
## Where two singular values are distinct, the column of @var{U} is the unit
## eigenvector, up to its sign, which is @code{dgesvd}'s.  Where singular
## values are equal, only the space their columns span is determined (and
## @code{U*S*U'}, which is @var{Sigma}), not the columns themselves.
## @seealso{projectData, recoverData, featureNormalize, svd}
## @end deftypefn
function [U, S] = pca (X)
  if (nargin != 1)
    print_usage ();
  endif
  X = checkPcaData ("pca", X);

  m = rows (X);
  Sigma = (X' * X) / m;
  checkPcaCovariance ("pca", Sigma, X);
  [U, S] = svd (Sigma);
endfunction

%!test
%! ## The course's figure: on z-scored 2-D data whose features rise together, the top eigenvector
%! ## is -0.707107 -0.707107 (Sigma = [a c; c a]: the eigenvectors are the diagonals).
%! t = (1:20)';
%! F = [t + sin(t), 2 * t - cos(3 * t)];
%! Xn = (F - mean (F)) ./ std (F);
%! [U, S] = pca (Xn);
%! assert (U(:, 1), [-0.707107; -0.707107], 5e-7)
%! assert (abs (U(:, 2)), [0.707107; 0.707107], 5e-7)
%! assert (size (S), [2, 2])
%! assert (diag (S), sort (eig (Xn' * Xn / 20), "descend"), 1e-12)

%!test
%! ## U orthogonal, S diagonal and decreasing, U*S*U' = Sigma.
%! X = [2 0 1; -1 3 0; 0 -2 4; 1 1 1; 3 -1 -2];
%! [U, S] = pca (X);
%! assert (U' * U, eye (3), 1e-14)
%! assert (S, diag (diag (S)))
%! assert (issorted (flipud (diag (S))))
%! assert (U * S * U', X' * X / 5, 1e-13)

%!test
%! ## Equal singular values: S is determined, U only up to a rotation within their span.
%! [U, S] = pca ([1 0; -1 0; 0 1; 0 -1]);
%! assert (S, 0.5 * eye (2), eps)
%! assert (U * U', eye (2), eps)

%!test
%! ## One column; integer, single and logical inputs as their values as doubles.
%! [U, S] = pca ([1; 2; 2]);
%! assert ([U, S], [1, 3], eps)
%! X = [1 2; 3 4; 5 7];
%! [U1, S1] = pca (X);
%! [U2, S2] = pca (int8 (X));
%! assert ([U2, S2], [U1, S1])
%! [U3, S3] = pca (logical ([1 0; 1 1]));
%! [U4, S4] = pca ([1 0; 1 1]);
%! assert ([U3, S3], [U4, S4])

## Test input validation
%!error <Invalid call> pca ()
%!error <X must be finite \(it has NaN or Inf\)> pca ([1 NaN; 2 3])
%!error <X must be finite> pca ([1 Inf; 2 3])
%!error <X'\*X/m overflows: X is too large \(its largest magnitude is 1e\+300\)> pca ([1 1e300; 2 3])
%!error <X must be a real numeric matrix, got a complex array of size 1x2> pca ([1i 2])
