## -*- texinfo -*-
## @deftypefn {} {[@var{yval}, @var{pval}] =} checkAnomalyThresholdArgs (@var{fname}, @var{yval}, @var{pval})
## Check the arguments of a threshold search: @var{yval} a vector of labels,
## 0 or 1 (logical or numeric), @var{pval} a real vector with as many elements
## (rows or columns, in any mix), whose span max - min (NaN ignored), when
## finite, leaves room for the 1000 steps of Octave's range min:stepsize:max
## (its element count needs (max - min) + stepsize finite).  Return @var{yval} as a logical column and
## @var{pval} as a double column.
## @end deftypefn
function [yval, pval] = checkAnomalyThresholdArgs (fname, yval, pval)
  if (! ((isnumeric (yval) || islogical (yval)) && isreal (yval) && isvector (yval)))
    error ("%s: YVAL must be a real numeric vector, got %s", fname, valueText (yval));
  endif
  k = find (yval != 0 & yval != 1, 1);
  if (! isempty (k))
    error ("%s: YVAL must hold labels 0 and 1 only, but its %s element is %g",
           fname, ordinalText (k), double (yval(k)));
  endif
  if (! ((isnumeric (pval) || islogical (pval)) && isreal (pval) && isvector (pval)))
    error ("%s: PVAL must be a real numeric vector, got %s", fname, valueText (pval));
  endif
  if (numel (pval) != numel (yval))
    error ("%s: PVAL must have as many elements as YVAL (YVAL is %s; PVAL is %s)",
           fname, shapeText (yval), shapeText (pval));
  endif
  span = max (pval) - min (pval);
  if (isfinite (span) && ! isfinite (span + span / 1000))
    error ("%s: PVAL spans too wide a range for 1000 steps (max (PVAL) - min (PVAL) is %g)", fname, span);
  endif
  yval = logical (yval(:));
  pval = double (pval(:));
endfunction
