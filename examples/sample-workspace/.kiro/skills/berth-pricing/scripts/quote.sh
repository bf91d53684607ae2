#!/bin/sh
# quote.sh LENGTH NIGHTS SEASON -> price in euros
rate=1.20
[ "$3" = high ] && rate=2.10
echo "$1 * $2 * $rate" | bc
