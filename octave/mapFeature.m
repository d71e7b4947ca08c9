## -*- texinfo -*-
## @deftypefn {} {@var{out} =} mapFeature (@var{X1}, @var{X2})
## The polynomial features of degree up to 6 of two features: a column of
## ones, then @code{X1.^(i-j) .* X2.^j} for @code{i = 1:6} and, within each
## @code{i}, @code{j = 0:i}: 28 columns,
##
## @example
## 1, X1, X2, X1.^2, X1.*X2, X2.^2, X1.^3, @dots{}, X1.*X2.^5, X2.^6
## @end example
##
## @noindent
## @var{X1} and @var{X2} are m-by-1 columns of the same size (or two
## scalars); @var{out} is m-by-28.
##
## Each power is Octave's @code{.^}: for an m-by-1 column with m > 1 it
## squares and cubes by multiplying (@code{x.*x}, @code{x.*x.*x}) and calls
## the C library's @code{pow} for higher powers; for a scalar it calls
## @code{pow} for every power.
## @seealso{costFunctionReg, predict}
## @end deftypefn
function out = mapFeature (X1, X2)
  if (nargin != 2)
    print_usage ();
  endif
  X1 = checkColumnVector ("mapFeature", "X1", X1);
  X2 = checkColumn ("mapFeature", "X2", X2, "M", rows (X1), "X1", X1);

  degree = 6;
  out = ones (rows (X1), (degree + 1) * (degree + 2) / 2);
  k = 1;
  for i = 1:degree
    for j = 0:i
      k += 1;
      out(:, k) = (X1 .^ (i - j)) .* (X2 .^ j);
    endfor
  endfor
endfunction

%!test
%! ## The columns in the course's order, for two small columns.
%! a = [2; -1; 0.5];
%! b = [3; 4; -2];
%! out = mapFeature (a, b);
%! assert (size (out), [3, 28])
%! assert (out(:, 1:10), [ones(3, 1), a, b, a.^2, a.*b, b.^2, a.^3, a.^2.*b, a.*b.^2, b.^3])
%! assert (out(:, 28), b.^6)
%! assert (out(:, 22:27), [a.^6, a.^5.*b, a.^4.*b.^2, a.^3.*b.^3, a.^2.*b.^4, a.*b.^5])

%!test
%! ## Every column is the product of powers that it claims to be, for integers exactly.
%! a = [1; 2; -3];
%! b = [-1; 3; 2];
%! out = mapFeature (a, b);
%! k = 1;
%! for i = 1:6
%!   for j = 0:i
%!     k += 1;
%!     assert (out(:, k), a.^(i - j) .* b.^j)
%!   endfor
%! endfor

%!test
%! ## Two scalars give one row, as plotDecisionBoundary calls it; ones give ones.
%! assert (mapFeature (1, 1), ones (1, 28))
%! assert (mapFeature (2, 0), [1, 2, 0, 4, 0, 0, 8, 0, 0, 0, 16, zeros(1, 4), 32, zeros(1, 5), 64, zeros(1, 6)])

%!test
%! ## ex2data2 mapped: 118-by-28, first column ones, then the raw features.
%! d = csvread (fullfile (fileparts (which ("mapFeature")), "..", "data", "ex2data2.csv"), 1, 0);
%! out = mapFeature (d(:, 1), d(:, 2));
%! assert (size (out), [118, 28])
%! assert (out(:, 1:3), [ones(118, 1), d(:, 1:2)])

%!test
%! ## NaN in X1 spares the columns that do not use it: X1.^0 is 1 (pow (NaN, 0) = 1).
%! out = mapFeature ([NaN; 1], [2; 3]);
%! assert (out(1, [1, 3, 6, 10, 15, 21, 28]), [1, 2, 4, 8, 16, 32, 64])
%! assert (all (isnan (out(1, [2, 4, 5, 7, 8, 9]))))

%!test
%! ## Logical, integer and single columns are their values as doubles.
%! assert (mapFeature ([true; false], int8 ([2; 3])), mapFeature ([1; 0], [2; 3]))
%! assert (class (mapFeature (single ([0.5; 2]), [1; 1])), "double")

## Test input validation
%!error <Invalid call> mapFeature ([1; 2])
%!error <mapFeature: X1 must be a real numeric column vector, got an array of size 1x2> mapFeature ([1 2], [1; 2])
%!error <mapFeature: X2 must be an M-by-1 column \(X1 is 2x1, so M = 2; X2 is 1x2\)> mapFeature ([1; 2], [1 2])
%!error <mapFeature: X2 must be an M-by-1 column \(X1 is 2x1, so M = 2; X2 is 3x1\)> mapFeature ([1; 2], [1; 2; 3])
%!error <mapFeature: X2 must be a real numeric M-by-1 column, got "ab"> mapFeature ([1; 2], "ab")
