#include "longworkpool.h"

#include <QThread>
#include <QThreadPool>

namespace crossread {

QThreadPool *longWorkPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(QThread::idealThreadCount());
        return true;
    }();
    Q_UNUSED(sized);
    return &pool;
}

} // namespace crossread
