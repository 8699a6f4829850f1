#include "longworkpool.h"

#include <QThreadPool>

namespace crossread {

QThreadPool *longWorkPool()
{
    static QThreadPool pool; // as many threads as cores
    return &pool;
}

} // namespace crossread
