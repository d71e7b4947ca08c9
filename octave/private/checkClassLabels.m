## -*- texinfo -*-
## @deftypefn {} {@var{y} =} checkClassLabels (@var{fname}, @var{y}, @var{num_labels}, @var{X})
## Refuse anything but an m-by-1 column of class labels for @var{y} (m the
## rows of @var{X}): whole numbers from 1 to @var{num_labels}, a count already
## checked.  Return it as a double.
##
## The messages name the label's row, not its value: the ports take labels
## 0-based, so the same wrong label is a different number on each side, and
## the two refusals must read the same.  What is no whole number (a fraction,
## NaN, Inf) is refused first, for what it is whichever way labels are
## counted; then a whole number that is no label.
## @end deftypefn
function y = checkClassLabels (fname, y, num_labels, X)
  y = checkColumn (fname, "Y", y, "M", rows (X), "X", X);
  bad = find (! (isfinite (y) & y == fix (y)), 1);
  if (! isempty (bad))
    error ("%s: Y must hold class labels, whole numbers; its %s row is not one", fname, ordinalText (bad));
  endif
  bad = find (! (y >= 1 & y <= num_labels), 1);
  if (! isempty (bad))
    error ("%s: Y must hold a class label in each row, one of NUM_LABELS = %d classes; its %s row does not",
           fname, num_labels, ordinalText (bad));
  endif
endfunction
