## -*- texinfo -*-
## @deftypefn {} {} checkActivation (@var{fname}, @var{activation})
## Refuse an activation other than "sigmoid", "tanh" or "linear".
## @end deftypefn
function checkActivation (fname, activation)
  if (! (ischar (activation) && any (strcmp (activation, {"sigmoid", "tanh", "linear"}))))
    error ("%s: ACTIVATION must be \"sigmoid\", \"tanh\" or \"linear\", got %s",
           fname, valueText (activation));
  endif
endfunction
