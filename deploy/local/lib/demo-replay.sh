#!/usr/bin/env bash
# Demo replay media for the Kinow stand-in (deploy/wiremock/kinow, deploy/CONTRACTS.md "Replay media"): each episode
# and extract of the stand-in's catalogue becomes a real VOD HLS ladder (720p/480p, 2 s segments, a keyframe at every
# segment boundary, an audio rendition group: the live ladder's rules), with a title card, a moving picture, a
# running clock, French speech from espeak-ng, a French WebVTT caption and a cover image. Video 10502 also gets an
# MP4 and a player page (the stand-in gives only Kinow's player page `url` for it).
# Made once: a folder with a complete marker of this version is left as it is.
# Usage: demo-replay.sh VOD_DIR FONT_FILE (called by deploy/local/pitchoun up and test-infra up).
set -euo pipefail

vod_dir=${1:?usage: demo-replay.sh VOD_DIR FONT_FILE}
font=${2:?usage: demo-replay.sh VOD_DIR FONT_FILE}
version=demo-replay-1
episode_seconds=45
extract_seconds=10

# folder|programme|title|seconds — the ids, titles and durations of deploy/wiremock/kinow/mappings/replay-*.json.
media=(
    "v10101|Les Petits Explorateurs|La mare|$episode_seconds"
    "v10102|Les Petits Explorateurs|La forêt en automne|$episode_seconds"
    "v10103|Les Petits Explorateurs|Le bord de mer|$episode_seconds"
    "v10201|Mission Océan|Les abysses|$episode_seconds"
    "v10202|Mission Océan|Le récif de corail|$episode_seconds"
    "v10203|Mission Océan|La baleine qui chantait|$episode_seconds"
    "v10301|Le Dragon timide|Fafnou rougit|$episode_seconds"
    "v10302|Le Dragon timide|Le concours de flammes|$episode_seconds"
    "v10401|Les Énigmes de Lila|Le chat disparu|$episode_seconds"
    "v10402|Les Énigmes de Lila|La clé du grenier|$episode_seconds"
    "v10501|L'Atelier Bricolo|La fusée en carton|$episode_seconds"
    "v10502|L'Atelier Bricolo|Le bateau en bouchons|$episode_seconds"
    "x20101|Les Petits Explorateurs|Extrait : La mare|$extract_seconds"
    "x20102|Les Petits Explorateurs|Extrait : La forêt en automne|$extract_seconds"
    "x20201|Mission Océan|Extrait : Les abysses|$extract_seconds"
    "x20202|Mission Océan|Extrait : Le récif de corail|$extract_seconds"
    "x20301|Le Dragon timide|Extrait : Fafnou rougit|$extract_seconds"
    "x20401|Les Énigmes de Lila|Extrait : Le chat disparu|$extract_seconds"
    "x20501|L'Atelier Bricolo|Extrait : La fusée en carton|$extract_seconds"
    "x20502|L'Atelier Bricolo|Extrait : Le bateau en bouchons|$extract_seconds"
)

# drawtext reads its text from a file: no escaping of quotes, colons or accents.
card() { printf '%s' "$2" >"$1"; }

vtt_time() { printf '00:00:%02d.000' "$1"; }

make_one() {
    local folder=$1 programme=$2 title=$3 seconds=$4
    local out=$vod_dir/$folder work
    work=$(mktemp -d "$vod_dir/.work-$folder.XXXX")
    local speech="Pitchoun présente $programme. $title."
    card "$work/programme.txt" "$programme"
    card "$work/title.txt" "$title"
    espeak-ng -v fr -s 150 -w "$work/speech.wav" "$speech"

    local text="fontfile=$font:fontcolor=white:borderw=3:bordercolor=black@0.6"
    # A gradient that drifts, a ball that swings across it, the titles and a running clock.
    # The gradient is drawn small and scaled up (a gradient loses nothing, and costs a tenth).
    local picture="[0:v]scale=1280:720:flags=bilinear[bg];[bg][1:v]overlay=x='(W-w)/2+(W/3)*sin(2*PI*t/8)':y='H-230+40*sin(2*PI*t/3)',"
    picture+="drawtext=$text:textfile=$work/programme.txt:fontsize=44:x=(w-text_w)/2:y=150,"
    picture+="drawtext=$text:textfile=$work/title.txt:fontsize=64:x=(w-text_w)/2:y=230,"
    picture+="drawtext=$text:text='%{pts\\:hms}':fontsize=36:x=w-text_w-40:y=40"
    # Live ladder rules (transcode-worker's LadderCommand): one decode, 720p then 480p scaled from it, a keyframe
    # at every 2 s boundary in both, no scene-cut keyframes, one AAC encode in its own rendition group.
    mkdir -p "$work/hls"
    ffmpeg -hide_banner -loglevel error -nostdin \
        -f lavfi -i "gradients=s=320x180:r=25:d=$seconds:speed=0.015:c0=0x264653:c1=0x2a9d8f:c2=0xe9c46a:c3=0xf4a261:n=4" \
        -f lavfi -i "color=c=0xe76f51:s=160x160:r=25:d=$seconds" -i "$work/speech.wav" \
        -filter_complex "$picture,setsar=1,split=2[v0][c0];[c0]scale=854:480:flags=bilinear,setsar=1[v1];[2:a]aresample=48000,apad[a]" \
        -map "[v0]" -map "[v1]" -map "[a]" -t "$seconds" \
        -c:v libx264 -preset veryfast -tune animation -pix_fmt yuv420p -profile:v high \
        -b:v:0 2500k -maxrate:v:0 2675k -bufsize:v:0 3750k -b:v:1 1200k -maxrate:v:1 1280k -bufsize:v:1 1800k \
        -force_key_frames "expr:gte(t,n_forced*2)" -sc_threshold 0 \
        -c:a aac -b:a 128k -ac 2 -ar 48000 \
        -f hls -hls_time 2 -hls_playlist_type vod -hls_flags independent_segments \
        -hls_segment_options pcr_period=80 \
        -hls_segment_filename "$work/hls/%v/segment-%03d.ts" \
        -master_pl_name master.m3u8 \
        -var_stream_map "a:0,agroup:audio,name:audio v:0,agroup:audio,name:720p v:1,agroup:audio,name:480p" \
        "$work/hls/%v/index.m3u8"
    ffmpeg -hide_banner -loglevel error -nostdin -ss 1 -i "$work/hls/720p/index.m3u8" -frames:v 1 -q:v 4 \
        "$work/hls/cover.jpg"
    {
        printf 'WEBVTT\n\n'
        printf '%s --> %s\n%s\n\n' "$(vtt_time 0)" "$(vtt_time 4)" "Pitchoun présente $programme."
        printf '%s --> %s\n%s\n' "$(vtt_time 4)" "$(vtt_time 8)" "$title"
    } >"$work/hls/fr.vtt"
    if [[ $folder == v10502 ]]; then
        ffmpeg -hide_banner -loglevel error -nostdin -i "$work/hls/master.m3u8" -map 0:v:0 -map 0:a:0 -c copy \
            -movflags +faststart "$work/hls/episode.mp4"
        cat >"$work/hls/player.html" <<HTML
<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>$title — lecteur Kinow (démo)</title>
<style>body{margin:0;background:#000}video{width:100%;height:100vh}</style></head>
<body>
<video controls preload="metadata" aria-label="$programme : $title" src="episode.mp4">
  <track kind="captions" srclang="fr" label="Français" src="fr.vtt" default>
</video>
</body>
</html>
HTML
    fi
    printf '%s\n' "$version" >"$work/hls/.complete"
    rm -rf "$out"
    mv "$work/hls" "$out"
    rm -rf "$work"
}

mkdir -p "$vod_dir"
rm -rf "$vod_dir"/.work-*
made=0
for entry in "${media[@]}"; do
    IFS='|' read -r folder programme title seconds <<<"$entry"
    if [[ $(cat "$vod_dir/$folder/.complete" 2>/dev/null) == "$version" ]]; then
        continue
    fi
    make_one "$folder" "$programme" "$title" "$seconds"
    made=$((made + 1))
done
echo "demo-replay: $made média(s) de replay créé(s) dans $vod_dir (${#media[@]} au total)"
