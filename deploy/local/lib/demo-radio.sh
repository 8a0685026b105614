#!/usr/bin/env bash
# The demo radios (deploy/CONTRACTS.md "Demo radios"), real streams whose titles change as their playlist advances.
#
# Pitchoun Radio, live HLS: audio-only AAC "packed audio" segments, each opening with the ID3 tag the HLS specification
# asks of packed audio (PRIV com.apple.streaming.transportStreamTimestamp) plus a TIT2 frame: the title of the song
# it belongs to, which players (hls.js) read as timed metadata. FFmpeg 5.1 cannot make that metadata in MPEG-TS itself
# (its timed_id3 codec can only be copied from an input that has it), so the segments are ADTS files and this script
# writes their ID3 tags.
# Icecast (Pitchoun Comptines, and Pitchoun Radio's MP3 and AAC versions): one FFmpeg per radio sends its songs in
# turn as MP3 and AAC to a local Icecast, and the song's title is given to Icecast's admin API as each one begins;
# Icecast puts it into the streams as ICY metadata.
#
#   demo-radio.sh make SONGS_DIR      makes each demo song once (espeak-ng's French voice over a little tune, FFmpeg)
#                                     as WAV, Pitchoun Radio's also cut into 2 s tagged segments; a later run with the
#                                     same list does nothing
#   demo-radio.sh run SONGS_DIR LIVE_DIR
#                                     forever: publishes LIVE_DIR/live.m3u8, a rolling live playlist over Pitchoun
#                                     Radio's songs in turn (a discontinuity at each song), one more segment every
#                                     segment's length; LIVE_DIR/morceaux links to SONGS_DIR. No encoding while it runs.
#   demo-radio.sh icecast SONGS_DIR ICECAST_URL SOURCE_PASSWORD ADMIN_PASSWORD
#                                     forever: each radio to ICECAST_URL/{radio}.mp3 and {radio}.aac
# Started and stopped by deploy/local/pitchoun like the demo feed (lib/services.sh).
set -euo pipefail

# radio (its slug) | folder | title | base note in Hz | what the voice says
SONGS=$(cat <<'LIST'
pitchoun-radio|petit-nuage|La chanson du petit nuage|262|Sur Pitchoun Radio, la chanson du petit nuage. Un petit nuage blanc se promène dans le ciel bleu.
pitchoun-radio|train-des-animaux|Le train des animaux|294|Sur Pitchoun Radio, le train des animaux. Tchou tchou, le lion, la girafe et le petit lapin montent dans le train.
pitchoun-radio|berceuse-des-etoiles|La berceuse des étoiles|220|Sur Pitchoun Radio, la berceuse des étoiles. Les étoiles chantent tout doucement pour les enfants qui s'endorment.
pitchoun-comptines|comptine-des-couleurs|La comptine des couleurs|330|Pitchoun Comptines. Rouge comme la fraise, jaune comme le soleil, vert comme la grenouille.
pitchoun-comptines|escargot-presse|L'escargot pressé|247|Pitchoun Comptines. Petit escargot, où vas-tu si vite ? Je vais voir la lune avant qu'elle se couche.
pitchoun-comptines|doudou-qui-danse|Le doudou qui danse|196|Pitchoun Comptines. Mon doudou danse, danse, danse, et tourne comme une toupie.
LIST
)
SONG_SECONDS=20
SEGMENT_SECONDS=2
# Segments in the live playlist: a player joins about 3 segments behind the edge.
WINDOW=6

# big_endian BYTES VALUE: VALUE as BYTES raw bytes, most significant first.
big_endian() {
    local bytes=$1 value=$2 i
    for ((i = bytes - 1; i >= 0; i--)); do
        printf "\\$(printf '%03o' $(((value >> (8 * i)) & 255)))"
    done
}

# syncsafe VALUE: the 4-byte ID3v2.4 size (7 bits per byte).
syncsafe() {
    local value=$1
    big_endian 4 $((((value >> 21) & 127) << 24 | ((value >> 14) & 127) << 16 | ((value >> 7) & 127) << 8 | (value & 127)))
}

# id3_tag PTS TITLE: an ID3v2.4 tag with the segment's first timestamp (90 kHz, PRIV) and the title (TIT2, UTF-8).
id3_tag() {
    local pts=$1 title=$2 owner=com.apple.streaming.transportStreamTimestamp title_bytes
    title_bytes=$(LC_ALL=C; printf '%s' "${#title}")
    local priv_size=$((${#owner} + 1 + 8)) tit2_size=$((1 + title_bytes))
    printf 'ID3\x04\x00\x00'
    syncsafe $((10 + priv_size + 10 + tit2_size))
    printf 'PRIV'; syncsafe "$priv_size"; printf '\x00\x00%s\x00' "$owner"; big_endian 8 "$pts"
    printf 'TIT2'; syncsafe "$tit2_size"; printf '\x00\x00\x03%s' "$title"
}

# make_song WAV NOTE TEXT: the voice over a gentle tune stepping through a major scale, a note every third of a second.
make_song() {
    local wav=$1 note=$2 text=$3 voice
    voice=$(mktemp --suffix=.wav)
    espeak-ng -v fr -s 140 -w "$voice" "$text"
    ffmpeg -hide_banner -loglevel error -nostdin -y -i "$voice" \
        -f lavfi -i "aevalsrc=0.08*sin(2*PI*t*$note*pow(2\,(floor(mod(t*3\,8))*2-if(gte(floor(mod(t*3\,8))\,3)\,1\,0))/12)):s=44100:d=$SONG_SECONDS" \
        -filter_complex "[0:a]aresample=44100,adelay=500,apad[v];[v][1:a]amix=inputs=2:duration=shortest:normalize=0" \
        -t "$SONG_SECONDS" -ac 2 -c:a pcm_s16le "$wav"
    rm -f "$voice"
}

# tagged_segments WAV DIR TITLE: DIR/NNN.aac, 2 s AAC segments each with its ID3 tag, listed in DIR/segments.txt
# ("file seconds"; a last sliver of a few AAC frames is dropped).
tagged_segments() {
    local wav=$1 dir=$2 title=$3 cut pts=0 file seconds
    cut=$(mktemp -d)
    ffmpeg -hide_banner -loglevel error -nostdin -y -i "$wav" -c:a aac -b:a 96k \
        -f segment -segment_time "$SEGMENT_SECONDS" -segment_format adts \
        -segment_list "$cut/segments.m3u8" -segment_list_type m3u8 "$cut/%03d.aac"
    mkdir -p "$dir"
    : >"$dir/segments.txt"
    while read -r seconds file; do
        awk -v s="$seconds" 'BEGIN { exit !(s < 0.5) }' && continue
        { id3_tag "$pts" "$title"; cat "$cut/$file"; } >"$dir/$file"
        printf '%s %s\n' "$file" "$seconds" >>"$dir/segments.txt"
        pts=$(awk -v p="$pts" -v s="$seconds" 'BEGIN { printf "%d", p + s * 90000 }')
    done < <(awk -F'[:,]' '/^#EXTINF/ { s = $2; next } /\.aac$/ { print s, $0 }' "$cut/segments.m3u8")
    rm -rf "$cut"
}

make_songs() {
    local out=$1 stamp
    stamp=$(printf '%s|%s|%s|v2' "$SONGS" "$SONG_SECONDS" "$SEGMENT_SECONDS" | md5sum | cut -c1-32)
    if [[ -f $out/.made && $(cat "$out/.made") == "$stamp" ]]; then
        return 0
    fi
    rm -rf "${out:?}"/*/
    local radio folder title note text
    while IFS='|' read -r radio folder title note text; do
        mkdir -p "$out/$folder"
        make_song "$out/$folder/song.wav" "$note" "$text"
        if [[ $radio == pitchoun-radio ]]; then
            tagged_segments "$out/$folder/song.wav" "$out/$folder" "$title"
        fi
    done <<<"$SONGS"
    printf '%s\n' "$stamp" >"$out/.made"
    echo "demo-radio: $(wc -l <<<"$SONGS") morceaux dans $out"
}

# The rolling playlist: every song's segments in turn, forever; the oldest leaves the window as a new one enters.
run_radio() {
    local songs=$1 live=$2
    mkdir -p "$live"
    ln -sfn "$songs" "$live/morceaux"
    local entries=() discontinuities=() sequence=0 discontinuity_sequence=0 folder file seconds first
    local playlist=$live/live.m3u8 next_at
    next_at=$(date +%s.%N)
    while true; do
        while IFS='|' read -r _ folder _; do
            first=true
            while read -r file seconds; do
                entries+=("#EXTINF:$seconds,"$'\n'"morceaux/$folder/$file")
                discontinuities+=("$first")
                first=false
                if ((${#entries[@]} > WINDOW)); then
                    [[ ${discontinuities[1]} == true ]] && discontinuity_sequence=$((discontinuity_sequence + 1))
                    entries=("${entries[@]:1}")
                    discontinuities=("${discontinuities[@]:1}")
                    sequence=$((sequence + 1))
                fi
                {
                    printf '#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:%s\n' "$SEGMENT_SECONDS"
                    printf '#EXT-X-MEDIA-SEQUENCE:%s\n#EXT-X-DISCONTINUITY-SEQUENCE:%s\n' "$sequence" "$discontinuity_sequence"
                    local i
                    for i in "${!entries[@]}"; do
                        # The first entry's discontinuity is already counted by DISCONTINUITY-SEQUENCE.
                        ((i > 0)) && [[ ${discontinuities[i]} == true ]] && printf '#EXT-X-DISCONTINUITY\n'
                        printf '%s\n' "${entries[i]}"
                    done
                } >"$playlist.tmp"
                mv "$playlist.tmp" "$playlist"
                # A segment is listed once it has "played" on the radio's clock: the first ones at once.
                if ((sequence > 0 || ${#entries[@]} >= 3)); then
                    next_at=$(awk -v t="$next_at" -v s="$seconds" 'BEGIN { printf "%.3f", t + s }')
                    sleep "$(awk -v t="$next_at" -v now="$(date +%s.%N)" 'BEGIN { d = t - now; printf "%.3f", (d > 0 ? d : 0) }')"
                fi
            done <"$songs/$folder/segments.txt"
        done < <(grep '^pitchoun-radio|' <<<"$SONGS")
    done
}

# Icecast's ICY title of a radio's two mounts (charset given: Icecast would read an MP3 mount's update as Latin-1).
set_icecast_title() {
    local url=$1 admin_password=$2 radio=$3 title=$4 mount
    for mount in "$radio.mp3" "$radio.aac"; do
        curl -fsS -o /dev/null --max-time 2 -u "admin:$admin_password" -G "$url/admin/metadata" \
            --data-urlencode "mount=/$mount" --data mode=updinfo --data charset=UTF-8 --data-urlencode "song=$title" ||
            echo "$(date '+%F %T') demo-radio: titre non transmis à Icecast pour $mount"
    done
}

# The songs' sound, one after the other, raw, into the encoder's pipe; each title is sent as its song begins (a
# second later for the first, when FFmpeg has connected). The pipe holds a fraction of a second: titles stay in time.
icecast_songs() {
    local songs=$1 url=$2 admin_password=$3 radio=$4 folder title
    while true; do
        while IFS='|' read -r _ folder title _; do
            (sleep 1; set_icecast_title "$url" "$admin_password" "$radio" "$title") &
            ffmpeg -hide_banner -loglevel error -nostdin -i "$songs/$folder/song.wav" -f s16le -ar 44100 -ac 2 -
        done < <(grep "^$radio|" <<<"$SONGS")
    done
}

# One radio to Icecast, restarted after a pause whenever FFmpeg stops (Icecast restarting, for instance).
icecast_radio() {
    local songs=$1 url=$2 source_password=$3 admin_password=$4 radio=$5 name=$6 target rc
    target="icecast://source:$source_password@${url#http://}"
    while true; do
        echo "$(date '+%F %T') demo-radio: $name vers $url/$radio.{mp3,aac}"
        rc=0
        icecast_songs "$songs" "$url" "$admin_password" "$radio" |
            ffmpeg -hide_banner -loglevel warning -nostdin -re -f s16le -ar 44100 -ac 2 -i - \
                -map 0:a -c:a libmp3lame -b:a 128k -content_type audio/mpeg -ice_name "$name" -f mp3 "$target/$radio.mp3" \
                -map 0:a -c:a aac -b:a 96k -content_type audio/aac -ice_name "$name" -f adts "$target/$radio.aac" || rc=$?
        echo "$(date '+%F %T') demo-radio: FFmpeg de $name s'est arrêté (code ${rc}), nouvel essai dans 3 s"
        sleep 3
    done
}

run_icecast() {
    icecast_radio "$@" pitchoun-comptines "Pitchoun Comptines" &
    icecast_radio "$@" pitchoun-radio "Pitchoun Radio" &
    wait
}

case ${1:-} in
make) make_songs "${2:?usage: demo-radio.sh make SONGS_DIR}" ;;
run) run_radio "${2:?usage: demo-radio.sh run SONGS_DIR LIVE_DIR}" "${3:?usage: demo-radio.sh run SONGS_DIR LIVE_DIR}" ;;
icecast) run_icecast "${2:?SONGS_DIR}" "${3:?ICECAST_URL}" "${4:?SOURCE_PASSWORD}" "${5:?ADMIN_PASSWORD}" ;;
*) echo "usage: demo-radio.sh make SONGS_DIR | run SONGS_DIR LIVE_DIR | icecast SONGS_DIR ICECAST_URL SOURCE_PASSWORD ADMIN_PASSWORD" >&2; exit 2 ;;
esac
