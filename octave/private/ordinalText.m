## -*- texinfo -*-
## @deftypefn {} {@var{s} =} ordinalText (@var{k})
## The whole number @var{k} >= 1 as an ordinal: "1st", "2nd", "3rd", "4th",
## "11th", "21st".  Messages locate an element by its ordinal, which reads the
## same in Octave (one-based) and Python (zero-based): "its 2nd element".
## @end deftypefn
function s = ordinalText (k)
  if (any (mod (k, 100) == [11, 12, 13]))
    suffix = "th";
  else
    suffixes = {"th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"};
    suffix = suffixes{mod (k, 10) + 1};
  endif
  s = sprintf ("%d%s", k, suffix);
endfunction
