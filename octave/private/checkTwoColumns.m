## -*- texinfo -*-
## @deftypefn {} {} checkTwoColumns (@var{fname}, @var{X})
## Refuse a design matrix @var{X} that is not a column of ones and one
## feature: the one-feature functions (computeCost, gradientDescent) leave
## more features to their Multi versions.
## @end deftypefn
function checkTwoColumns (fname, X)
  if (columns (X) != 2)
    error ("%s: X must have 2 columns, ones and one feature (X is %s); use the multi-feature version for more",
           fname, shapeText (X));
  endif
endfunction
