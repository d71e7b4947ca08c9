## -*- texinfo -*-
## @deftypefn  {} {@var{theta} =} denormalizeTheta (@var{theta_n}, @var{x_offset}, @var{x_scale})
## @deftypefnx {} {@var{theta} =} denormalizeTheta (@var{theta_n}, @var{x_offset}, @var{x_scale}, @var{y_offset}, @var{y_scale})
## Parameters of a linear model learned on normalised data, back in original
## units.
##
## The model @code{y_n = theta_n(1) + x_n * theta_n(2:end)} was fitted on
## @code{x_n = (x - x_offset) ./ x_scale} and @code{y_n = (y - y_offset) / y_scale}.
## Then @code{y = theta(1) + x * theta(2:end)} with
##
## @example
## theta(2:end) = y_scale * theta_n(2:end) ./ x_scale(:)
## theta(1)     = y_offset + y_scale * (theta_n(1) - sum (theta_n(2:end) .* x_offset(:) ./ x_scale(:)))
## @end example
##
## @noindent
## It serves z-scores (offset mu, scale sigma, as @code{featureNormalize}
## returns them) and min-max scaling (offset min, scale max - min) alike.
## @var{theta_n} is (n+1)-by-1, @var{x_offset} and @var{x_scale} have n
## elements (rows or columns); @var{y_offset} defaults to 0 and @var{y_scale}
## to 1.  A scale of 0 (a constant feature) is an error.
## @seealso{featureNormalize}
## @end deftypefn
function theta = denormalizeTheta (theta_n, x_offset, x_scale, y_offset = 0, y_scale = 1)
  if (nargin < 3 || nargin > 5)
    print_usage ();
  endif
  [theta_n, x_offset, x_scale, y_offset, y_scale] = ...
    checkDenormalizeArgs ("denormalizeTheta", theta_n, x_offset, x_scale, y_offset, y_scale);

  w = theta_n(2:end) ./ x_scale;
  theta = [y_offset + y_scale * (theta_n(1) - sum (w .* x_offset));
           y_scale * w];
endfunction

%!test
%! ## Fit y = 3 + 2x on z-scores, map back.
%! x = [1; 2; 3; 4];
%! y = 3 + 2 * x;
%! [xn, mu, sigma] = featureNormalize (x);
%! theta_n = normalEqn ([ones(4, 1), xn], y);
%! assert (denormalizeTheta (theta_n, mu, sigma), [3; 2], 1e-12)

%!test
%! ## Min-max on both x and y: the original-unit model predicts what the normalised one does.
%! theta_n = [0.9362124793084768; -0.9953762249792935];
%! lo = 22899; hi = 240000; ylo = 3650; yhi = 8290;
%! theta = denormalizeTheta (theta_n, lo, hi - lo, ylo, yhi - ylo);
%! pred_n = ylo + (yhi - ylo) * (theta_n(1) + theta_n(2) * (50000 - lo) / (hi - lo));
%! assert ([1, 50000] * theta, pred_n, 1e-9)
%! assert (pred_n, 7417.486843464296, 1e-9)

%!test
%! ## Integer arguments are converted to double at the door (issue 11): int64 theta
%! ## gives the double result, not int64 arithmetic's rounded one.
%! theta = denormalizeTheta (int64 ([1; 2]), 0.5, 2);
%! assert (theta, [0.5; 1])
%! assert (denormalizeTheta (single ([1; 2]), int8 (1), single (4), int16 (3), int32 (2)),
%!         denormalizeTheta ([1; 2], 1, 4, 3, 2))

## Test input validation
%!error <Invalid call> denormalizeTheta ([1; 2], 0)
%!error <X_SCALE is 0 for the 2nd feature: that feature is constant> denormalizeTheta ([1; 2; 3], [0 0], [1 0])
%!error <Y_SCALE is 0: a constant target cannot be scaled back> denormalizeTheta ([1; 2], 0, 1, 5, 0)
%!error <X_OFFSET must be a vector of N elements, one per feature \(THETA_N is 3x1, so N = 2; X_OFFSET is 1x3\)> denormalizeTheta ([1; 2; 3], [0 0 0], [1 1])
%!error <X_SCALE must be a real numeric vector, got "ab"> denormalizeTheta ([1; 2; 3], [0 0], "ab")
%!error <THETA_N must be a real numeric column vector of at least 2 elements, got an array of size 1x2> denormalizeTheta ([1 2], 0, 1)
%!error <Y_OFFSET must be a real scalar, got an array of size 1x2> denormalizeTheta ([1; 2], 0, 1, [1 2], 1)
