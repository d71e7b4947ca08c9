## -*- texinfo -*-
## @deftypefn {} {@var{s} =} valueText (@var{value})
## What @var{value} is, as the checkers print it after "got": a real number
## by @code{%g} ("-1", "2.5", "NaN"; a logical scalar is "1" or "0"), a
## string between double quotes, "a function", "a struct", and anything else as
## its kind and size: "an array of size 1x2", "a complex array of size 3x2", "a
## logical array of size 1x2", "a char array of size 2x3", "a cell array of size
## 1x2".
##
## pyport/_validate.py's @code{value_text} says the same words for what
## Octave receives from Python (a number is 1x1, a str a char row, a bool a
## logical 1x1, so "1" or "0").
## @seealso{shapeText}
## @end deftypefn
function s = valueText (value)
  if ((isnumeric (value) || islogical (value)) && isreal (value) && isscalar (value))
    s = sprintf ("%g", double (value));
  elseif (ischar (value) && rows (value) <= 1)
    s = ["\"" value "\""];
  elseif (is_function_handle (value))
    s = "a function";
  elseif (isstruct (value))
    s = "a struct";
  else
    if (iscell (value))
      kind = "cell ";
    elseif (islogical (value))
      kind = "logical ";
    elseif (ischar (value))
      kind = "char ";
    elseif (isnumeric (value) && ! isreal (value))
      kind = "complex ";
    elseif (isnumeric (value))
      kind = "";
    else
      kind = [class(value) " "];
    endif
    noun = [kind "array of size " shapeText(value)];
    if (any (noun(1) == "aeiou"))
      s = ["an " noun];
    else
      s = ["a " noun];
    endif
  endif
endfunction
