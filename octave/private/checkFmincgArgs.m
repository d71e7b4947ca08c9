## -*- texinfo -*-
## @deftypefn {} {[@var{X}, @var{len}, @var{red}, @var{show}] =} checkFmincgArgs (@var{fname}, @var{f}, @var{X}, @var{options})
## Check the arguments of fmincg: @var{f} a function handle or name, the
## starting point @var{X} a real numeric column, @var{options} a struct
## (or empty) whose MaxIter, if set, is a non-zero integer or [integer,
## reduction], of at most 2^31-1 in size (fX holds up to that many values).
## Return @var{X} as a double, the budget @var{len} (default
## 100), the expected first reduction @var{red} (default 1) and whether to
## print progress (@var{show}: unless Display is "off" or "none").
## @end deftypefn
function [X, len, red, show] = checkFmincgArgs (fname, f, X, options)
  checkFunction (fname, "F", f);
  X = checkColumnVector (fname, "the starting point", X);
  if (isempty (options))
    options = struct ();
  elseif (! isstruct (options))
    error ("%s: OPTIONS must map option names such as MaxIter to values, got %s", fname, valueText (options));
  endif
  len = 100;
  if (isfield (options, "MaxIter") && ! isempty (options.MaxIter))
    len = options.MaxIter;
  endif
  if (! ((isnumeric (len) || islogical (len)) && isreal (len) && any (numel (len) == [1, 2])
         && all (isfinite (len)) && len(1) != 0 && len(1) == fix (len(1))))
    error ("%s: the MaxIter option must be a non-zero integer, or [integer, reduction], got %s",
           fname, valueText (len));
  endif
  len = double (len);
  if (abs (len(1)) > 2^31 - 1)
    error ("%s: the MaxIter option is too large (%g): FX could have %g elements, more than 2^31-1",
           fname, len(1), abs (len(1)));
  endif
  if (numel (len) == 2)
    red = len(2);
    len = len(1);
  else
    red = 1;
  endif
  show = ! (isfield (options, "Display") && any (strcmpi (options.Display, {"off", "none"})));
endfunction
