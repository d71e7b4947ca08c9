## -*- texinfo -*-
## @deftypefn {} {} checkFunction (@var{fname}, @var{argname}, @var{f})
## Refuse anything but a function handle or a function's name for
## @var{argname}.
## @end deftypefn
function checkFunction (fname, argname, f)
  if (! (is_function_handle (f) || ischar (f)))
    error ("%s: %s must be callable, got %s", fname, argname, valueText (f));
  endif
endfunction
