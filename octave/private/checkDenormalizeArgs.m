## -*- texinfo -*-
## @deftypefn {} {[@var{theta_n}, @var{x_offset}, @var{x_scale}, @var{y_offset}, @var{y_scale}] =} checkDenormalizeArgs (@var{fname}, @var{theta_n}, @var{x_offset}, @var{x_scale}, @var{y_offset}, @var{y_scale})
## Check the arguments of denormalizeTheta: @var{theta_n} an (n+1)-by-1
## column (n >= 1), @var{x_offset} and @var{x_scale} vectors of n elements
## (rows or columns) with no zero scale, @var{y_offset} and @var{y_scale}
## real scalars with @var{y_scale} not 0.  Return them as doubles, the
## vectors as columns.
## @end deftypefn
function [theta_n, x_offset, x_scale, y_offset, y_scale] = checkDenormalizeArgs (fname, theta_n, x_offset, x_scale, y_offset, y_scale)
  theta_n = checkColumnVector (fname, "THETA_N", theta_n, 2);
  n = numel (theta_n) - 1;
  x_offset = featureVector (fname, "X_OFFSET", x_offset, theta_n, n);
  x_scale = featureVector (fname, "X_SCALE", x_scale, theta_n, n);
  y_offset = checkScalar (fname, "Y_OFFSET", y_offset);
  y_scale = checkScalar (fname, "Y_SCALE", y_scale);
  k = find (x_scale == 0, 1);
  if (! isempty (k))
    error ("%s: X_SCALE is 0 for the %s feature: that feature is constant and its theta has no value in original units",
           fname, ordinalText (k));
  endif
  if (y_scale == 0)
    error ("%s: Y_SCALE is 0: a constant target cannot be scaled back", fname);
  endif
endfunction

## A vector of n elements, one per feature, as a double column.
function v = featureVector (fname, argname, v, theta_n, n)
  if (! ((isnumeric (v) || islogical (v)) && isreal (v)))
    error ("%s: %s must be a real numeric vector, got %s", fname, argname, valueText (v));
  endif
  if (! (isvector (v) && numel (v) == n))
    error ("%s: %s must be a vector of N elements, one per feature (THETA_N is %s, so N = %d; %s is %s)",
           fname, argname, shapeText (theta_n), n, argname, shapeText (v));
  endif
  v = double (v(:));
endfunction
