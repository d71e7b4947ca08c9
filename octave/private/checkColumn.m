## -*- texinfo -*-
## @deftypefn {} {@var{v} =} checkColumn (@var{fname}, @var{argname}, @var{v}, @var{rowsname}, @var{n}, @var{refname}, @var{ref})
## Refuse anything but a real numeric @var{n}-by-1 column for @var{argname};
## return it as a double.  @var{n} is called @var{rowsname} in the message
## ("M", "N", "out") and comes from the argument @var{refname}, whose value
## @var{ref} is shown: "Y must be an M-by-1 column (X is 3x2, so M = 3; Y is
## 1x3)".
## @end deftypefn
function v = checkColumn (fname, argname, v, rowsname, n, refname, ref)
  if (! ((isnumeric (v) || islogical (v)) && isreal (v)))
    error ("%s: %s must be a real numeric %s-by-1 column, got %s",
           fname, argname, rowsname, valueText (v));
  endif
  if (! isequal (size (v), [n, 1]))
    error ("%s: %s must be an %s-by-1 column (%s is %s, so %s = %d; %s is %s)",
           fname, argname, rowsname, refname, shapeText (ref), rowsname, n, argname, shapeText (v));
  endif
  v = double (v);
endfunction
