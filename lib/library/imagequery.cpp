#include "imagequery.h"

bool operator==(const ImageQuery &a, const ImageQuery &b)
{
    return a.filter.q == b.filter.q && a.filter.sort == b.filter.sort &&
           a.filter.direction == b.filter.direction && a.imageFilter == b.imageFilter;
}
