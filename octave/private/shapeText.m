## -*- texinfo -*-
## @deftypefn {} {@var{s} =} shapeText (@var{A})
## The size of @var{A} as Octave prints it in messages: "3x2", "2x3x4".
## pyport/_validate.py's @code{shape_text} gives the same for a numpy array
## of two or more dimensions.
## @seealso{valueText}
## @end deftypefn
function s = shapeText (A)
  s = sprintf ("%dx", size (A));
  s(end) = [];
endfunction
