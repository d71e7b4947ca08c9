## -*- texinfo -*-
## @deftypefn {} {@var{X_poly} =} polyFeatures (@var{X}, @var{p})
## Map a feature onto its powers: column @var{j} of @var{X_poly} is
## @code{@var{X}.^@var{j}}, for @var{j} = 1 to @var{p}.
##
## @var{X} is an m-by-1 column, @var{p} a positive integer; @var{X_poly} is
## m-by-@var{p}, with no column of ones (add it after normalising).  Each
## column is the one before it times @var{X} (@code{X .* X}, then
## @code{X .* X .* X}, and so on): products are correctly rounded, the same in
## any language, where @code{.^} calls the C library's @code{pow}.
## @seealso{featureNormalize, trainLinearReg}
## @end deftypefn
function X_poly = polyFeatures (X, p)
  if (nargin != 2)
    print_usage ();
  endif
  X = checkColumnVector ("polyFeatures", "X", X);
  p = checkCount ("polyFeatures", "P", p, 1, "X_POLY", rows (X));

  X_poly = zeros (rows (X), p);
  X_poly(:, 1) = X;
  for j = 2:p
    X_poly(:, j) = X_poly(:, j - 1) .* X;
  endfor
endfunction

%!test
%! ## Powers of small integers are exact.
%! assert (polyFeatures ([1; 2; -3], 4), [1 1 1 1; 2 4 8 16; -3 9 -27 81])
%! assert (polyFeatures ([2; 5], 1), [2; 5])
%! assert (size (polyFeatures (0.5, 8)), [1, 8])

%!test
%! ## Each column is X.^j to within rounding (products, not pow).
%! X = [-0.7; 0.3; 1.9; 12.5];
%! X_poly = polyFeatures (X, 8);
%! assert (X_poly, X .^ (1:8), -8 * eps)

%!test
%! ## Logical, integer and single values are taken as doubles; NaN and Inf stay in their rows.
%! assert (polyFeatures (logical ([1; 0]), int8 (3)), [1 1 1; 0 0 0])
%! assert (polyFeatures (int16 ([300; -2]), 3), [300 90000 27000000; -2 4 -8])
%! assert (class (polyFeatures (single (2), 2)), "double")
%! assert (polyFeatures ([NaN; Inf; -Inf], 3), [NaN NaN NaN; Inf Inf Inf; -Inf Inf -Inf])

## Test input validation
%!error <Invalid call> polyFeatures ([1; 2])
%!error <polyFeatures: X must be a real numeric column vector, got an array of size 1x3>
%! polyFeatures ([1 2 3], 2)
%!error <polyFeatures: X must be a real numeric column vector, got an array of size 0x1>
%! polyFeatures (zeros (0, 1), 2)
%!error <polyFeatures: P must be a positive integer, got 0> polyFeatures ([1; 2], 0)
%!error <polyFeatures: P must be a positive integer, got 2.5> polyFeatures ([1; 2], 2.5)
%!error <polyFeatures: P is too large \(1e\+10\): X_POLY would have 3e\+10 elements, more than 2\^31-1>
%! polyFeatures ([1; 2; 3], 1e10)
