## -*- texinfo -*-
## @deftypefn {} {} checkCount (@var{fname}, @var{argname}, @var{value})
## Refuse anything but a positive whole number for @var{argname}.
## @end deftypefn
function checkCount (fname, argname, value)
  if (! (isnumeric (value) && isreal (value) && isscalar (value)
         && value == fix (value) && value >= 1))
    error ("%s: %s must be a positive integer, got %s", fname, argname, mat2str (value));
  endif
endfunction
